# random: a seeded stream equals CPython's (integers, sequences, every distribution, state).
import random as r
r.seed(42); print(r.random(), r.randint(1,10), r.randrange(100), r.choice('abc'), r.getrandbits(70))
l=list(range(10)); r.shuffle(l); print(l, r.sample(range(100), 5), r.uniform(1,2), r.choices('abc', k=4), r.choices('abc', weights=[1,2,3], k=4))
r.seed('hello'); print(r.random()); r.seed(b'xy'); print(r.random()); r.seed(-5); print(r.random()); r.seed(2**100); print(r.random()); r.seed(3.5); print(r.random())
r.seed(1); print(r.gauss(0,1), r.normalvariate(0,1), r.expovariate(2), r.triangular(), r.betavariate(2,3), r.gammavariate(2,1), r.lognormvariate(0,1), r.vonmisesvariate(1,2), r.paretovariate(2), r.weibullvariate(1,2), r.randbytes(5))
print(r.gammavariate(0.5, 1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(65), r.getrandbits(1))
x = r.Random(7); print(x.random(), x.sample(range(10**6), 3), x.sample(list(range(30)), 8))
st = x.getstate(); a = x.random(); x.setstate(st); print(a == x.random(), len(st[1]))
