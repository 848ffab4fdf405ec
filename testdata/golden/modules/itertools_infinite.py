# itertools: count, cycle, repeat; repr, length hints and argument errors.
import itertools as it

print(list(it.islice(it.count(), 4)), list(it.islice(it.count(10, -3), 4)))
print(list(it.islice(it.count(0.5, 0.25), 4)), list(it.islice(it.count(1j), 2)))
c = it.count(2**62 - 1)
print(next(c), next(c), next(c), c)
print(it.count(), it.count(5), it.count(1, 2), it.count(1, 1.0), it.count(0, 1), it.count(1.5), it.count(2, 2**70))
print(it.count(start=3, step=-1), it.count(step=2))
c = it.count(7)
next(c)
print(repr(c))
print(list(it.islice(it.cycle('abc'), 8)), list(it.cycle([])))
cy = it.cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
print(list(it.repeat('x', 3)), list(it.repeat(1, 0)), list(it.repeat(1, -2)), list(it.islice(it.repeat(None), 3)))
r = it.repeat('a', 3)
print(r, r.__length_hint__(), next(r), r, r.__length_hint__())
print(it.repeat(1, -5), it.repeat([1]), it.repeat(times=2, object='o'))
print(list(map(pow, range(5), it.repeat(2))))

class C(it.count):
    pass

print(type(C(3)).__name__, list(it.islice(C(3), 2)), repr(C(3)))
tests = [
    lambda: it.count('a'), lambda: it.count(1, 'b'), lambda: it.count(1, 2, 3), lambda: it.count(x=1),
    lambda: it.repeat(), lambda: it.repeat(1, 'a'), lambda: it.repeat(1, 2, 3), lambda: it.repeat(1).__length_hint__(),
    lambda: it.cycle(), lambda: it.cycle(1), lambda: it.cycle([1], [2]), lambda: it.cycle(x=[1]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(type(it.count()), it.count.__module__, it.count.__name__, type(it.repeat(1)).__mro__)
