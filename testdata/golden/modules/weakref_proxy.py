# weakref.proxy: forwards attribute access, calls, operators; raises
# ReferenceError once the referent is gone.
import weakref


class Box:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v

    def __getitem__(self, i):
        return i * self.v

    def __add__(self, other):
        return self.v + other

    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v

    def __str__(self):
        return "Box %d" % self.v

    def __call__(self, x):
        return x + self.v


class Plain:
    pass


b = Box(3)
p = weakref.proxy(b)
print(p.v, len(p), p[2], p + 4, str(p), p(10), p == Box(3), bool(p))
p.v = 5
print(b.v, type(p).__name__)
print(type(weakref.proxy(Plain())).__name__)
pl = Plain()
pp = weakref.proxy(pl)
print(type(pp).__name__, weakref.proxy(pl) is pp, weakref.getweakrefcount(pl))
try:
    hash(pp)
except TypeError as e:
    print("TypeError:", e)
called = []
q = weakref.proxy(b, lambda w: called.append(type(w).__name__))
del b
print(called)
for op in (lambda: p.v, lambda: len(p), lambda: p(1), lambda: str(p)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
