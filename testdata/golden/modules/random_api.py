# random: argument handling and error messages, Random subclasses, bound module functions.
import random

random.seed(2024)
print(random.randrange(10, 20), random.randrange(10, 100, 7), random.randrange(100, 0, -9), random.randint(-5, -1))
print(random.sample('abcdefgh', 3), random.sample(range(5), 5), random.sample(['x', 'y'], 0), random.sample('aab', 2, counts=[1, 2, 3]) if False else '')
print(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.choices(range(5), cum_weights=[1, 1, 1, 1, 10], k=3))
deck = list(range(52)); random.shuffle(deck); print(deck[:10])
print(random.choice(range(1000)), random.choice((1,)), random.uniform(5, 5), random.triangular(1, 1), random.expovariate(0.5))
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(3)
print(m.uniform(0, 10), m.choices('ab', k=3), m.triangular(0, 1, 0.5), isinstance(m, random.Random))
r1, r2 = random.Random('seed'), random.Random('seed')
print(r1.random() == r2.random(), r1.getstate() == r2.getstate(), random.Random(0).random(), random.Random(12345678901234567890).random())
print(random.Random(b'\x00\xff').random(), random.Random(bytearray(b'ab')).random(), random.Random(True).random() == random.Random(1).random())
s = random.getstate(); v = random.random(); random.setstate(s); print(v == random.random())
print(random.getrandbits(0), random.Random(5).getrandbits(100), random.Random(5).randbytes(9))
print(random.__all__ == sorted(random.__all__) or random.__all__[:3], callable(random.seed), random.random.__self__.__class__.__name__)
print(round(random.NV_MAGICCONST, 12), round(random.SG_MAGICCONST, 12), random.BPF, random.RECIP_BPF, round(random.LOG4, 12))
tests = [
    lambda: random.randrange(0), lambda: random.randrange(5, 1), lambda: random.randrange(1, 10, 0),
    lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1], 2),
    lambda: random.getrandbits(-1), lambda: random.sample({1, 2}, 1), lambda: random.choices([], k=1),
    lambda: random.seed([1]), lambda: random.choices('ab', [1], k=1), lambda: random.choices('ab', 2),
    lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]), lambda: random.choices('ab', [0, 0]),
    lambda: random.gammavariate(0, 1), lambda: random.sample('ab', 1, counts=[1]), lambda: random.sample('ab', 1, counts=[0, 0]),
    lambda: random.Random().setstate((2, (), None)), lambda: random.randrange(1, 5, 1.5) if False else random.randrange('a'),
    lambda: random.randrange(1, None, 2), lambda: random.Random(1, 2),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
