# iter and next: over containers, with defaults, the two-argument form.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
s = iter("ab")
print(type(s).__name__, list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
vals = [5, 4, 0, 3]
pos = iter(vals)
print(list(iter(lambda: next(pos), 0)))
print(iter(it) is it)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for bad in (5, None):
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldStyle()), list(iter(OldStyle())))
