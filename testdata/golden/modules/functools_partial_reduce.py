# functools.partial, reduce, cmp_to_key: behaviour, repr, attributes, errors.
import functools as ft

def f(*args, **kw):
    return args, kw

p = ft.partial(f, 1, x=2)
print(p(3, y=4), p(x=5), p.func is f, p.args, p.keywords)
print(repr(p).replace(hex(id(f)), 'ADDR'))
q = ft.partial(p, 7, z=1)
print(q.func is f, q.args, q.keywords, q())
print(repr(ft.partial(len)), ft.partial(max, key=abs)([-5, 3]))
p.attr = 'x'
print(p.__dict__, ft.partial(p).func is p)
r = p.__reduce__()
print(r[0] is ft.partial, r[1][0] is f, r[2][1:])
p2 = ft.partial(print)
p2.__setstate__((f, (9,), {'k': 1}, None))
print(p2(), p2.args)

class MyPartial(ft.partial):
    pass

mp = MyPartial(f, 1)
print(type(mp).__name__, mp(2), repr(mp).replace(hex(id(f)), 'ADDR'), isinstance(mp, ft.partial))
print(ft.partial[int])

print(ft.reduce(lambda a, b: a + b, [1, 2, 3, 4]), ft.reduce(lambda a, b: a * b, range(1, 6), 10))
print(ft.reduce(lambda a, b: a + b, [], 'init'), ft.reduce(lambda a, b: a + [b], 'abc', []))
print(ft.reduce(max, iter([3, 9, 2])))

def cmp(a, b):
    return (a > b) - (a < b)

print(sorted([3, 1, 2], key=ft.cmp_to_key(cmp)), sorted('bca', key=ft.cmp_to_key(lambda a, b: cmp(b, a))))
K = ft.cmp_to_key(cmp)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k1 >= k2, k1 != k2, k1.obj, type(K).__name__)
k1.obj = 5
print(k1 > k2)

tests = [
    lambda: ft.partial(), lambda: ft.partial(1), lambda: ft.partial(func=f),
    lambda: ft.reduce(), lambda: ft.reduce(1, 2), lambda: ft.reduce(lambda a, b: a, []),
    lambda: ft.reduce(lambda a, b: a, [1], x=1), lambda: ft.reduce(lambda a, b: 1 / 0, [1, 2]),
    lambda: ft.cmp_to_key(), lambda: ft.cmp_to_key(1)(2) < ft.cmp_to_key(1)(3), lambda: K(1) < 2,
    lambda: K(), lambda: hash(K(1)), lambda: setattr(p, 'func', len),
    lambda: p2.__setstate__(1), lambda: p2.__setstate__((1, (), {}, None)),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
