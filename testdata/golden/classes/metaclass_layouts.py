# Metaclasses (__new__, __init__, __call__, properties and dunders on the
# class), T.__new__(S) safety checks, __del__ with a built-in base.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__", name, kw)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print("Meta.__init__", name)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __len__(cls): return 7
    def __getitem__(cls, k): return (cls.__name__, k)
    @property
    def info(cls): return "info of " + cls.__name__
class A(metaclass=Meta, flag=1):
    def __init__(self, v): self.v = v
a = A(3)
print(a.v, A.added, repr(A), len(A), A["k"], A.info, type(A).__name__, isinstance(A, Meta))
class B(A): pass
print(type(B), B.added)
class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Single): pass
print(S() is S())
print(int.__new__(A.__class__ .__mro__[-1] and int, 5))
class MyInt(int): pass
try: object.__new__(MyInt)
except TypeError as e: print(e)
try: list.__new__(dict)
except TypeError as e: print(e)
try: int.__new__(str)
except TypeError as e: print(e)
try:
    class BB(bool): pass
except TypeError as e: print(e)
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.n = len(self)
d = D({"a": 1}, b=2); print(d, d.n, D.fromkeys("ab"), type(D.fromkeys("ab")).__name__)
print(MyInt("12", base=16), MyInt.__new__(MyInt, 9) + 1, type(MyInt.__new__(MyInt, 9)).__name__)
class Q(type):
    pass
try:
    class X(int, metaclass=Q, extra=1): pass
except TypeError as e: print(e)
M2 = Meta("Dyn", (), {"z": 1})
print(M2, M2.z, M2.added)
print(type(A).__mro__)
class WithDel:
    def __del__(self): print("del", type(self).__name__)
class Sub(WithDel, list): pass
s = Sub([1]); del s
class Res:
    saved = []
    def __del__(self): Res.saved.append(self); print("resurrect")
r = Res(); del r
print(len(Res.saved)); Res.saved.clear(); print("cleared")
