class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
p = P()
p.x = 5
print(p.x)
class A:
    def __init__(self):
        print("A init")
        super().__init__()
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
class C(A):
    def __init__(self):
        print("C init")
        super().__init__()
class Dm(B, C):
    def __init__(self):
        print("D init")
        super().__init__()
Dm()
print([k.__name__ for k in Dm.__mro__])
class Cnt:
    count = 0
    def __init__(self):
        Cnt.count += 1
    @classmethod
    def make(cls):
        return cls()
Cnt(); Cnt.make(); Cnt().make()
print(Cnt.count)
class V:
    def __init__(self, x):
        self.x = x
    def __lt__(self, o):
        return self.x < o.x
    def __repr__(self):
        return "V(%d)" % self.x
    def __bool__(self):
        return self.x != 0
    def __contains__(self, i):
        return i == self.x
    def __iter__(self):
        yield self.x
        yield self.x + 1
vs = [V(3), V(1), V(2)]
vs.sort()
print(vs, bool(V(0)), 3 in V(3), list(V(7)), V(1) < V(2))
class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, type(Outer.Inner().m).__name__)
def deco(cls):
    cls.tagged = True
    return cls
@deco
class T:
    pass
print(T.tagged)
class S:
    def __setattr__(self, k, v):
        print("set", k)
        super().__setattr__(k, v)
    def __getattr__(self, k):
        return k.upper()
s = S()
s.a = 1
print(s.a, s.b)
class E(Exception):
    def __str__(self):
        return "custom"
try:
    raise E()
except Exception as e:
    print(e, repr(e), type(e).__name__)
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
        return False
try:
    with CM(1) as a, CM(2) as b:
        print("body", a, b)
        raise KeyError("k")
except KeyError:
    print("propagated")
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __neg__(self):
        return Num(-self.v)
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return hash(self.v) if False else self.v
n = Num(1) + 2
n = 3 + n
n += 10
print(n.v, (-n).v, Num(2) == Num(2), {Num(5): 1}[Num(5)])
print(isinstance(n, object), Num.__name__, Num.__module__)
class Slotless:
    pass
o = Slotless()
o.__dict__["z"] = 3
print(o.z, vars(o) if False else o.__dict__)
class K:
    def __call__(self, *a, **k):
        return a, k
print(K()(1, 2, x=3))
