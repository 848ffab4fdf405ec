import gc
for obj in [enumerate([]), zip(), map(abs, []), filter(None, []), reversed([1]), iter(int, 1)]:
    print(type(obj).__name__, repr(obj).startswith('<' + type(obj).__name__ + ' object at 0x'), gc.is_tracked(obj))
t(lambda: iter(enumerate([])) is not None)
e = enumerate('abc')
t(lambda: next(e))
t(lambda: list(e))
t(lambda: list(enumerate('ab', start=-5)))
t(lambda: list(enumerate('ab', 2**70)))
t(lambda: list(enumerate(iterable='ab')))
t(lambda: enumerate('ab', 'x'))
t(lambda: enumerate('ab', foo=1))
t(lambda: list(zip('abc', range(10), [1, 2])))
t(lambda: list(zip()))
t(lambda: list(zip('ab', 'cd', strict=True)))
t(lambda: list(zip('ab', 'c', strict=True)))
t(lambda: list(zip('a', 'cd', strict=True)))
t(lambda: list(zip('a', 'c', 'de', 'f', strict=True)))
t(lambda: zip('a', foo=1))
t(lambda: list(map(pow, [2, 3], [3, 2])))
t(lambda: list(map(lambda x, y: x + y, 'ab', 'cde')))
t(lambda: list(map(int, ['1', 'x'])))
t(lambda: map())
t(lambda: map(len, 1))
t(lambda: map(len, [1], x=1))
t(lambda: list(filter(None, [0, 1, '', 'a'])))
t(lambda: list(filter(lambda x: x > 1, [1, 2, 3])))
t(lambda: list(filter(bool, [0, 2])))
t(lambda: filter(None, [], x=1))
r = reversed([1, 2, 3])
t(lambda: r.__length_hint__())
t(lambda: next(r))
t(lambda: r.__length_hint__())
t(lambda: list(r))
t(lambda: r.__length_hint__())
t(lambda: type(reversed({})).__name__)
t(lambda: list(reversed({1: 2, 3: 4}.keys())))
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
t(lambda: list(reversed(S())))
class R:
    def __reversed__(self): return iter('xyz')
t(lambda: list(reversed(R())))
class N:
    __reversed__ = None
t(lambda: reversed(N()))
t(lambda: reversed())
t(lambda: reversed([], x=1))
class Cnt:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
t(lambda: list(iter(Cnt(), 4)))
a = [1, 2]
z = zip(a, a)
a.append(z)
del a, z
t(lambda: gc.collect() >= 0)
