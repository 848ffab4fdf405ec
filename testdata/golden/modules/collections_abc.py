# collections.abc: the one-trick ABCs, the container ABCs, their mixins and the registered built-ins.
import collections.abc as cabc
from collections import deque, OrderedDict, Counter, defaultdict, ChainMap, UserDict, UserList, UserString
import _collections_abc

print(cabc.__all__ == _collections_abc.__all__, cabc.__all__)
samples = [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), iter([]), (x for x in ()), len, 3, None,
           deque(), OrderedDict(), Counter(), defaultdict(), ChainMap(), UserDict(), UserList(), UserString(''),
           {}.keys(), {}.values(), {}.items(), memoryview(b'')]
for abc_cls in (cabc.Hashable, cabc.Iterable, cabc.Iterator, cabc.Reversible, cabc.Generator, cabc.Sized,
                cabc.Container, cabc.Callable, cabc.Collection, cabc.Set, cabc.MutableSet, cabc.Mapping,
                cabc.MutableMapping, cabc.MappingView, cabc.KeysView, cabc.ItemsView, cabc.ValuesView,
                cabc.Sequence, cabc.MutableSequence, cabc.ByteString):
    print(abc_cls.__name__, ''.join('1' if isinstance(s, abc_cls) else '.' for s in samples))

class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = list(items)
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, list(reversed(s)), s.index(2), s.count(2), s.index(2, 2), isinstance(s, cabc.Reversible))
try:
    s.index(9)
except ValueError as e:
    print('ValueError', repr(e))

class MyMap(cabc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMap()
m.update({'a': 1}, b=2); m.update([('c', 3)])
print(dict(m), m.get('z', 0), 'a' in m, list(m.keys()), type(m.keys()).__name__, list(m.items()), list(m.values()), m.pop('a'), m.setdefault('q', 9), m == {'b': 2, 'c': 3, 'q': 9})
print(m.popitem(), len(m), m.keys() & {'c', 'x'}, m.keys() | {'new'}, ('c', 3) in m.items(), 3 in m.values())
m.clear(); print(len(m))
for t in [lambda: m.pop('x'), lambda: m.popitem()]:
    try:
        t()
    except KeyError as e:
        print('KeyError', repr(e))

class MySet(cabc.MutableSet):
    def __init__(self, it=()):
        self.s = set(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(sorted(self.s))
    def __len__(self):
        return len(self.s)
    def add(self, x):
        self.s.add(x)
    def discard(self, x):
        self.s.discard(x)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([7]))
a |= [9]; a -= [1]; a ^= [2, 5]; print(list(a), a.pop() in (3, 5, 9), len(a))
a.remove(list(a)[0]);
try:
    a.remove(100)
except KeyError as e:
    print('KeyError', e)
print(hash(MySet([1])._hash()) != 0, isinstance(a, cabc.Set))

class MyList(cabc.MutableSequence):
    def __init__(self):
        self.l = []
    def __getitem__(self, i):
        return self.l[i]
    def __setitem__(self, i, v):
        self.l[i] = v
    def __delitem__(self, i):
        del self.l[i]
    def __len__(self):
        return len(self.l)
    def insert(self, i, v):
        self.l.insert(i, v)
ml = MyList()
ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse(); print(ml.l, ml.pop(), ml.pop(0), ml.l)
ml.remove(2); print(ml.l); ml.clear(); print(ml.l)

class Incomplete(cabc.Mapping):
    pass
try:
    Incomplete()
except TypeError as e:
    print(e)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class NoIter(It):
    __iter__ = None
print(issubclass(It, cabc.Iterator), issubclass(NoIter, cabc.Iterable), issubclass(It, cabc.Hashable))
print(cabc.Sequence[int], cabc.Mapping[str, int], cabc.KeysView({'a': 1}), repr(cabc.ItemsView({})))
print(cabc.Set.__module__, cabc.Iterable.__abstractmethods__, sorted(cabc.MutableMapping.__abstractmethods__))
