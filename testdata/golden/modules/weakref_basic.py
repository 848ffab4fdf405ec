# weakref.ref: calls, callbacks on del, sharing of the basic ref, hash and
# equality, getweakrefcount/getweakrefs, __weakref__, which types support
# weak references.
import weakref


def norm(s):
    out = []
    for i, part in enumerate(s.split("0x")):
        if i:
            part = "?" + part.lstrip("0123456789abcdef")
        out.append(part)
    return "0x".join(out)


class C:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "C(%s)" % self.name


c = C("c")
print(c.__weakref__)
r = weakref.ref(c)
print(r() is c, c.__weakref__ is r, weakref.ref(c) is r)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r])
print(r.__callback__)
print(norm(repr(r)))


def cb1(w):
    print("cb1: dead ref", w() is None, w is r1)


def cb2(w):
    print("cb2: dead ref", w() is None, w is r2)


r1 = weakref.ref(c, cb1)
r2 = weakref.ref(c, cb2)
print(r1 is not r2, r1 == r2, r1 == r, hash(r1) == hash(c), r1.__callback__ is cb1)
print(weakref.getweakrefcount(c))
print([w is r for w in weakref.getweakrefs(c)])
print("del c")
del c
print("after del:", r(), r1(), r2())
print(norm(repr(r)))
print(r == r, r == r1, r != r1)
try:
    hash(weakref.ref(C("gone")))
except TypeError as e:
    print("TypeError:", e)


def bad(w):
    raise ValueError("in callback")


class D:
    def __del__(self):
        print("D.__del__ runs before the callbacks")


d = D()
rd = weakref.ref(d, lambda w: print("callback of d"))
del d


def f():
    pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


for obj in [f, C, int, {1}, frozenset(), (x for x in ()), f.__code__, C("m").__repr__, len,
            Slotted(), SlottedWeak(), 1, "s", (1,), [1], {}, None, 1.5, b"b"]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)

try:
    weakref.ref()
except TypeError as e:
    print("TypeError")
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)
print(weakref.ref is weakref.ReferenceType, type(r))
x = C("x")
rx = weakref.ref(x, None)
print(rx.__callback__, weakref.ref(x) is rx)
