import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList, UserString
import types, dataclasses
data = {'name': 'minipy', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'x': (1, 2, 3)}], 'b': {'c': {'d': {'e': 'deep'}}}},
        'tuple': tuple(range(25)), 'set': set(range(20)), 'frozen': frozenset('abcdefghijklmnopqrstuvwxyz'), 3: 'int key', (1, 2): 'tuple key'}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, indent=4)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, compact=True)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=50)
print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat(list(range(100)), width=30, compact=True, indent=3))
print(pprint.pformat([list(range(10))] * 5, width=35, compact=True))
print(pprint.pformat((1,)), pprint.pformat(()), pprint.pformat([]), pprint.pformat({}), pprint.pformat(set()), pprint.pformat(frozenset()))
print(pprint.pformat(('a' * 50,), width=30))
print(pprint.pformat([('a' * 50,), ['b' * 30, 'c' * 30]], width=40))
s = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(s)
pprint.pprint(s, width=30)
pprint.pprint([s], width=40)
pprint.pprint({'text': s, 'lines': 'line one\nline two\nline three is rather longer than the others\n' * 2}, width=50)
pprint.pprint(b'\x00\x01abcdefghijklmnopqrstuvwxyz' * 3, width=30)
pprint.pprint([b'0123456789' * 8], width=40)
pprint.pprint(bytearray(b'hello world, this is a bytearray of some length') * 2, width=40)
pprint.pprint({'bytes': b'abc', 'short': 'x', 'empty': '', 'eb': b''}, width=10)
pprint.pprint(OrderedDict((str(i), i * 'z') for i in range(8)), width=40)
pprint.pprint(OrderedDict())
dd = defaultdict(list, {k: list(range(k)) for k in range(8)})
pprint.pprint(dd, width=40)
pprint.pprint(defaultdict(int))
pprint.pprint(Counter('abracadabra alakazam simsalabim hocuspocus'), width=40)
pprint.pprint(ChainMap({'a': list(range(20))}, {'b': 'x' * 60}), width=40)
pprint.pprint(deque(range(40)), width=40)
pprint.pprint(deque(range(40), maxlen=50), width=40)
pprint.pprint(UserDict({i: str(i) * 10 for i in range(6)}), width=40)
pprint.pprint(UserList([str(i) * 10 for i in range(6)]), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(15)), beta='b' * 40, gamma={'k': 'v'}), width=40)
pprint.pprint(types.MappingProxyType({i: 'v' * i for i in range(8)}), width=40)
@dataclasses.dataclass
class Point:
    x: int
    y: list
    z: str = dataclasses.field(default='zz', repr=False)
pprint.pprint(Point(1, list(range(30))), width=40)
pprint.pprint([Point(2, [1]), Point(3, ['x' * 40])], width=30)
r = [1, 2]
r.append(r)
d = {'self': None}
d['self'] = d
print(pprint.pformat(r).startswith("[1, 2, <Recursion on list with id="))
print(pprint.pformat(d).startswith("{'self': <Recursion on dict with id="), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object()]))
print(pprint.saferepr(r).startswith('[1, 2, <Recursion on list'), pprint.saferepr({'b': 1, 'a': [2, 3]}), pprint.saferepr('x'))
pp = pprint.PrettyPrinter(indent=2, width=20, depth=3)
print(pp.pformat([[[[1]]], [[2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]]))
print(pp.isreadable([1]), pp.isrecursive(r), pp.format([1, 2], {}, 0, 0))
for kw in [{'indent': -1}, {'depth': 0}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print(e)
print(pprint.pformat(10**20, underscore_numbers=True), pprint.pformat([12345678, 3.5, True], underscore_numbers=True))
print(pprint.pformat({1: 'a', 'b': 2, None: 3, (1,): 4}))
print(pprint.pformat({3, 1, 'a', None, (2,)}, width=10))
import io
buf = io.StringIO()
pprint.pprint({'to': 'stream'}, stream=buf)
pprint.PrettyPrinter(stream=buf, width=10).pprint(list(range(4)))
print(repr(buf.getvalue()))
class MyList(list):
    pass
class MyRepr(list):
    def __repr__(self):
        return 'MyRepr!'
pprint.pprint([MyList(range(30)), MyRepr(range(30))], width=30)
print(pprint.__all__)
