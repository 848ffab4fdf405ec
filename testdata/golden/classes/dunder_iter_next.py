# The iterator protocol by hand: __iter__ and __next__, reusable iterables,
# and StopIteration.
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2
r = Range2(3)
print(list(r), list(r), sum(r), [x for x in r if x > 2], 4 in r)
it = iter(r)
print(next(it), next(it), next(it), next(it, "end"))
a, b, c = Range2(3)
print(a, b, c)
print(*Range2(2), dict(zip("ab", Range2(2))))
class NotIter:
    def __iter__(self):
        return 42
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class Infinite:
    def __iter__(self):
        return self
    def __next__(self):
        return "forever"
for i, v in zip(range(3), Infinite()):
    print(i, v)
