from array import array
import array as m, pickle, copy, io
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for tc, lo, hi in [('b', -129, 128), ('B', -1, 256), ('h', -2**15 - 1, 2**15), ('H', -1, 2**16), ('i', -2**31 - 1, 2**31), ('I', -1, 2**32), ('l', -2**63 - 1, 2**63), ('L', -1, 2**64), ('q', -2**63 - 1, 2**63), ('Q', -1, 2**64)]:
    t(lambda: array(tc, [lo])); t(lambda: array(tc, [hi])); t(lambda: array(tc, [lo + 1, hi - 1]))
t(lambda: array('i', [1.5])); t(lambda: array('i', ['a'])); t(lambda: array('d', ['a'])); t(lambda: array('u', [5])); t(lambda: array('u', ['ab'])); t(lambda: array('x')); t(lambda: array(5)); t(lambda: array('ii'))
t(lambda: array('i', 'abc')); t(lambda: array('u', 'abc')); t(lambda: array('i', array('u', 'a'))); t(lambda: array('i', array('d', [1.5]))); t(lambda: array('i', b'\x01\x00\x00\x00')); t(lambda: array('i', b'\x01'))
a = array('i', [1, 2, 3])
t(lambda: a + [1]); t(lambda: a + array('d')); t(lambda: a.extend(array('d'))); t(lambda: a.__setitem__(slice(0, 1), [5])); t(lambda: a[10]); t(lambda: array('i').pop()); t(lambda: a.pop(10)); t(lambda: a.index(9)); t(lambda: a.remove(9)); t(lambda: a.fromlist((1,))); t(lambda: a.fromunicode('x')); t(lambda: a.tounicode()); t(lambda: a == [1, 2, 3]); t(lambda: a * 'x'); t(lambda: a.frombytes(b'\x00'))
t(lambda: array('f', [0.1, 1e40, -1e40, 3.4028235e38])); t(lambda: array('d', [1, True])); t(lambda: array('i', [True])); t(lambda: a.__reduce_ex__(2)); t(lambda: a.__reduce_ex__(3)[1:]); t(lambda: array('u', 'ab').__reduce_ex__(3)[1:]); t(lambda: a.itemsize); t(lambda: [array(c).itemsize for c in 'bBuhHiIlLqQfd'])
print(m.typecodes, m.ArrayType is array, sorted(n for n in dir(m) if not n.startswith('_')))
b = array('h', [1, -2])
b.byteswap()
print(b, b.tobytes())
t(lambda: array('b', [1]) == array('B', [1])); t(lambda: array('d', [1.0]) == array('i', [1])); t(lambda: array('i', [1, 2]) < array('i', [1, 3]))
t(lambda: array('i', [1, 2])[::-1]); t(lambda: array('i', [1, 2, 3, 4])[1:3])
x = array('i', [1, 2, 3, 4])
x[1:3] = array('i', [9])
print(x)
del x[::2]
print(x)
x[0] = 7
print(x)
x += array('i', [5])
x *= 2
print(x, 3 * array('b', [1]), len(x), list(reversed(x)), x.count(7), x.index(5), x.index(7, 1), x.tolist())
t(lambda: array('i', [1])[0:1] == array('i', [1])); t(lambda: 5 in array('i', [5])); t(lambda: 'a' in array('i', [5])); t(lambda: array('i', [1]).__setitem__(0, 'x')); t(lambda: array('i', [1, 2, 1]).count(1))
t(lambda: array('u', 'hello').tounicode()); t(lambda: array('u', 'hi')); t(lambda: list(array('u', 'hi'))); t(lambda: array('d', (v / 2 for v in range(3))))
y = array('i', range(3)); y.insert(10, 5); y.insert(-10, -1); y.append(8); y.remove(0); print(y, y.pop(), y.pop(0), y)
d = array('d', [1.5, -2.25])
raw = d.tobytes()
e = array('d')
e.frombytes(raw)
print(raw, e, e == d)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for arr in [array('i', [1, -2]), array('u', 'xy'), array('f', [0.5]), array('Q', [2**64 - 1])]:
        back = pickle.loads(pickle.dumps(arr, proto))
        print(proto, back, back == arr, type(back).__name__)
print(copy.copy(a), copy.deepcopy(a), copy.copy(a) is a)
buf = io.BytesIO()
array('H', [1, 2, 65535]).tofile(buf)
print(buf.getvalue())
buf.seek(0)
z = array('H')
z.fromfile(buf, 3)
print(z)
buf.seek(0)
t(lambda: z.fromfile(buf, 5))
print(z)
u = array('u')
u.fromunicode('héllo')
print(u, u.tounicode(), u.itemsize, array('u', 'ab').tobytes())
class Sub(array):
    pass
s = Sub('i', [1, 2])
print(s, type(s[0:1]).__name__, type(s + s).__name__)
print(a.typecode, array('f').typecode, array('d', [0.1]).tolist())
