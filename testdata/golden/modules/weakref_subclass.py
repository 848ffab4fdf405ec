# Classes derived from weakref.ref (a KeyedRef with __slots__, one with a
# __dict__): created through ref.__new__, compared and hashed as refs.
import weakref
class C: pass
class KeyedRef(weakref.ref):
    __slots__ = ("key",)
    def __new__(type, ob, callback, key):
        self = weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
class R(weakref.ref):
    pass
c = C()
k = KeyedRef(c, lambda w: print("keyed cb", w.key), "K")
r = R(c)
r.extra = 1
print(k() is c, k.key, r() is c, r == k, isinstance(r, weakref.ref), weakref.getweakrefcount(c), r is weakref.ref(c), type(r).__name__)
print(hash(r) == hash(c), r.extra, weakref.ref(c) in [k])
del c
print(k(), r())
try:
    R()
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref(C(), None, 1)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref(C(), callback=None)
except TypeError as e:
    print("TypeError", e)
