# Subclasses of the built-in types: constructors, methods returning the
# base type, repr/str/format, instance attributes, exceptions with __slots__.
import gc
class MyInt(int):
    pass
x = MyInt(5)
x.a = 1
print(x, x + 1, type(x + 1), x.a, repr(x), int.__new__(MyInt, 7), type(int.__new__(MyInt, 7)))
print(gc.is_tracked(x), MyInt.__mro__, hash(x) == hash(5), x == 5, -x, abs(MyInt(-3)), MyInt(10) // 3)
class B(bytes): pass
b = B(b"abc"); print(b, b[0], b.upper(), type(b.upper()), len(b))
class T(tuple):
    def sum(self): return sum(self)
t = T((1, 2, 3)); print(t, t.sum(), t[1:], type(t[1:]), T(), len(T()), isinstance(t, tuple))
class Pt(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pt(3, 4); print(p, p.x, p == (3, 4))
class S(set): pass
s = S([1, 2]); s.add(3); print(s, type(s), s | {9}, type(s | {9}))
class FS(frozenset): pass
print(FS([1]), type(FS([1])))
class D(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 2
d = D(a=1); print(d["a"], d, d.get("a"), list(d.items()))
class C(complex): pass
print(C(1, 2), C(1, 2) * 2, type(C(1,2)*2))
class BA(bytearray): pass
ba = BA(b"xy"); ba.append(65); print(ba, type(ba))
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg); self.code = code
try:
    raise E("bad", 3)
except E as e:
    print(repr(e), e.code, e.args, str(e))
class E2(ValueError): __slots__ = ('z',)
e2 = E2(1); e2.z = 5; print(e2.z, e2.args)
print(list(E.__dict__))
class L(list):
    def __init__(self, *a):
        super().__init__(*a); self.extra = 1
l = L([3, 1]); l.sort(); print(l, l.extra, l.__dict__, vars(l))
class St(str):
    def __str__(self): return "custom"
print(str(St("x")), St("x"), f"{St('x')}", "%s" % St("x"), St("ab") + "c", type(St("ab") + "c"))
class Fl(float):
    def __repr__(self): return "Fl!"
print(Fl(1.5), [Fl(2)], Fl(1.5) * 2)
