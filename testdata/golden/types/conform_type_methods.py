def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
b = b"Hello, World"
for name in sorted(n for n in dir(bytes) if not n.startswith('_')):
    print(name, end=' ')
print()
for name in sorted(n for n in dir(bytearray) if not n.startswith('_')):
    print(name, end=' ')
print()
for tp in [str, list, dict, set, frozenset, tuple, int, float, complex, bool, range, slice, memoryview, object, type]:
    print(tp.__name__, [n for n in dir(tp)])
t(lambda: b.capitalize()); t(lambda: b.center(20, b'-')); t(lambda: b.count(b'l')); t(lambda: b.count(108))
t(lambda: b.decode()); t(lambda: b.endswith(b'd')); t(lambda: b"a\tb".expandtabs()); t(lambda: b.find(b'o')); t(lambda: b.find(111))
t(lambda: bytes.fromhex('de ad BE EF')); t(lambda: b.hex()); t(lambda: b.hex(':')); t(lambda: b.hex('-', 2)); t(lambda: b.hex(':', -3))
t(lambda: b.index(b'W')); t(lambda: [b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(), b.isspace(), b.istitle(), b.isupper()])
t(lambda: b', '.join([b'a', bytearray(b'b'), memoryview(b'c')])); t(lambda: b.ljust(15)); t(lambda: b.lower()); t(lambda: b' x '.lstrip())
t(lambda: bytes.maketrans(b'ab', b'cd')); t(lambda: b.partition(b', ')); t(lambda: b.replace(b'l', b'L', 2)); t(lambda: b.rfind(b'o'))
t(lambda: b.rindex(b'o')); t(lambda: b.rjust(15, b'*')); t(lambda: b.rpartition(b'o')); t(lambda: b'a b c'.rsplit(None, 1)); t(lambda: b.rstrip(b'd'))
t(lambda: b'a,b'.split(b',')); t(lambda: b'a\nb\r\n'.splitlines()); t(lambda: b.startswith((b'x', b'H'))); t(lambda: b.strip(b'Hd')); t(lambda: b.swapcase())
t(lambda: b.title()); t(lambda: b.translate(None, b'lo')); t(lambda: b.upper()); t(lambda: b'42'.zfill(5)); t(lambda: b.removeprefix(b'He')); t(lambda: b.removesuffix(b'ld'))
t(lambda: b[1:3]); t(lambda: b[-1]); t(lambda: b * 2); t(lambda: b'%s %d %x %r %a %c %b' % (b'x', 5, 255, 'é', 'é', 65, b'zz')); t(lambda: b'%s' % 'x')
t(lambda: bytes(3)); t(lambda: bytes([1, 2])); t(lambda: bytes('é', 'utf-8')); t(lambda: bytes(range(5))); t(lambda: repr(bytes(range(0, 256, 15))))
ba = bytearray(b'abc')
ba.append(100); ba.extend(b'ef'); ba.insert(0, 65); print(ba); print(ba.pop(), ba.pop(0), ba); ba.remove(99); print(ba); ba.reverse(); print(ba)
ba[0] = 120; ba[1:2] = b'XYZ'; print(ba); del ba[0]; print(ba, len(ba)); ba *= 2; print(ba); ba += b'!'; print(ba); print(ba.copy(), ba.clear(), ba)
t(lambda: bytearray(b'x').pop(5)); t(lambda: bytearray().pop()); t(lambda: bytearray(b'a').remove(5)); t(lambda: bytearray(b'ab') == b'ab'); t(lambda: hash(bytearray()))
t(lambda: bytearray(5)); t(lambda: bytearray('ab', 'ascii')); t(lambda: bytearray(b'abc')[::-1]); t(lambda: b'abc' < b'abd'); t(lambda: b'a' in b'cab'); t(lambda: 97 in b'a'); t(lambda: 300 in b'a')
l = [3, 1, 2]
l.append(4); l.extend((5,)); l.insert(-1, 9); l.insert(100, 7); print(l); print(l.pop(), l.pop(0), l.index(2), l.count(9)); l.remove(9); print(l); l.reverse(); print(l)
l.sort(reverse=True); print(l); l.sort(key=lambda v: -v); print(l, l.copy(), l[::-2]); l[1:3] = []; print(l); l[::2] = [0] * len(l[::2]); print(l)
t(lambda: l.__setitem__(slice(None, None, 2), [1, 2, 3])); l2 = [1]; l2[5:] = [2]; print(l2); del l2[:]; print(l2)
t(lambda: [1, 2, 3].index(3, 0, 2)); t(lambda: [1] * -1); t(lambda: [[]] * 2); t(lambda: list("ab") + ["c"]); t(lambda: [1, 2] == [1, 2.0]); t(lambda: [1, [2]] < [1, [3]])
r = [1]; r.append(r); print(r); d = {}; d['self'] = d; print(d); s = [d, r]; print(s)
class Rr:
    def __repr__(self): return "Rr" + repr(self.l)
rr = Rr(); rr.l = [rr]; t(lambda: repr(rr)[:40])
d = {'b': 1, 'a': 2}
print(d.get('x'), d.get('x', 0), d.setdefault('c', 3), d.pop('c'), d.pop('zz', None), list(d.items()), list(d.keys()), list(d.values()))
d.update([('z', 0)], y=5); print(d, d.copy(), dict.fromkeys('ab', 0), d.popitem(), len(d), list(reversed(d)), d | {'q': 1}); d |= {'w': 2}; print(d)
print(d.keys() & {'a'}, d.keys() | {'n'}, d.keys() - {'a'}, d.keys() ^ {'a', 'k'}, d.items() & {('a', 2)}, 'a' in d.keys(), ('a', 2) in d.items(), d.keys() == {'a', 'b', 'y', 'w'})
print(repr(d.keys()), repr(d.values()), repr(d.items()), d.keys().mapping if hasattr(d.keys(), 'mapping') else None)
t(lambda: {1: 2} == {1: 2.0}); t(lambda: dict(a=1, **{'b': 2})); t(lambda: dict({'a': 1}, a=2)); t(lambda: dict(zip('ab', [1, 2])))
dd = {1: 1}
def mutate():
    for k in dd: dd[k + 1] = 1
t(mutate)
ss = {1}
def mutate2():
    for k in ss: ss.add(k + 1)
t(mutate2)
ll = [1, 2, 3]
for x in ll: ll.remove(x)
print(ll)
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(4); print(s, s.pop(), s); print({1, 2} | {3}, {1, 2} & {2}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1} <= {1, 2}, {1} < {1}, {1, 2} > {1})
print({1, 2}.union([3], (4,)), {1, 2}.intersection([2], [2, 3]), {1, 2, 3}.difference([1], [2]), {1, 2}.symmetric_difference([2, 3]), {1}.issubset([1, 2]), {1, 2}.issuperset([1]), {1}.isdisjoint([2]))
s = {1, 2, 3}; s.intersection_update([1, 2]); s.difference_update([1]); s.symmetric_difference_update([5]); s.update([7], [8]); print(s, s.copy(), s.clear(), s, set(), frozenset(), frozenset([1]))
t(lambda: {1} | [2]); t(lambda: {1}.union(5)); t(lambda: frozenset([1, 2]) == {1, 2}); t(lambda: {frozenset([1]): 1}); t(lambda: set([1]) in {frozenset([1])})
t(lambda: sorted({'b': 1, 'a': 2})); t(lambda: (1, 2).count(1)); t(lambda: (1, 2, 1).index(1, 1)); t(lambda: (1,) * 3); t(lambda: () + (1,)); t(lambda: (1, 2) < (1, 2, 0)); t(lambda: tuple([1])[0:0])
r = range(1, 20, 3)
print(r, r[2], r[-1], r[1:3], r[::-1], len(r), 7 in r, 8 in r, r.index(7), r.count(7), r.start, r.stop, r.step, list(range(5, 0, -2)), range(0) == range(2, 2), range(3) == range(0, 3, 1), hash(range(3)) == hash(range(0, 3)))
print(repr(range(0, 5, 1)), repr(range(-3)),  range(10**20)[10**19], reversed(range(3)).__class__.__name__, bool(range(0)))
t(lambda: len(range(10**30))); t(lambda: range(3)[1.0]); t(lambda: range(3) + range(2))
sl = slice(1, 10, 2); print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(5), slice(None), slice(-3, None).indices(10), slice(None, None, -2).indices(10))
t(lambda: hash(slice(1)))
t(lambda: slice(1) == slice(1)); t(lambda: slice(1, 2) < slice(1, 3))
m = memoryview(b'abcdef'); print(m[0], m[1:3].tobytes(), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, len(m), m.hex(), bytes(m[::2]), m == b'abcdef', m.tolist()[:2])
mb = memoryview(bytearray(b'xyz')); mb[0] = 65; print(mb.obj, mb.readonly); t(lambda: m.__setitem__(0, 1)); print(repr(m)[:13])
print(True + True, True * 3, True & False, True | 0, True ^ True, ~True, -True, True / 2, str(True), repr(False), bool("False"), bool([]), bool(0.0), bool(-0.0), bool(0j), int(True), True == 1, True is 1 if False else 'skip', isinstance(True, int), hash(True))
print(float(True), bool.__mro__, type(True & True), type(True & 1), type(True + 0))
print((1).real, (1).imag, (1).numerator, (1).denominator, (5).conjugate(), (2.5).real, (2.5).imag, (2.5).conjugate(), int.__name__, (7).__index__(), (-7).__abs__(), (3).__pow__(2), (3).__rpow__(2), (3).__truediv__(2), (3).__floordiv__(0.5))
print((1.5).__floor__() if hasattr(1.5, '__floor__') else 'nofloor', (1.5).__trunc__(), (1.5).__round__(), (1.25).__round__(1), (2).__round__(-1), float.fromhex('1p10'), (-1.5).__floor__() if hasattr(1.5, '__floor__') else '')
import math
print(math.floor(-1.5), math.ceil(1.2), math.trunc(-1.7), math.floor(10**20 + 0.0), round(-0.5), round(0.5), round(1.5), round(-1.5), round(2.675, 2), round(1e15 + 0.5))
