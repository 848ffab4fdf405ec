# Dunders dispatch through slots: assigned and deleted after class
# creation (update_slot), None to block, reflected operators of subclasses.
class A:
    pass
a = A()
A.__len__ = lambda self: 3
print(len(a), bool(a))
A.__bool__ = lambda self: False
print(bool(a))
del A.__bool__
print(bool(a))
class B(A): pass
b = B()
A.__add__ = lambda self, o: "A.add"
print(b + 1)
B.__add__ = lambda self, o: "B.add"
print(b + 1, a + 1)
del B.__add__
print(b + 1)
A.__iter__ = None
try: iter(a)
except TypeError as e: print(e)
A.__contains__ = None
try: 1 in a
except TypeError as e: print(e)
A.__hash__ = None
try: hash(a)
except TypeError as e: print(e)
class H:
    def __eq__(self, o): return True
try: hash(H())
except TypeError as e: print(e)
class H2(H):
    __hash__ = object.__hash__
print(type(hash(H2())).__name__)
class G:
    def __getattr__(self, n): return n * 2
g = G(); g.x = 1
print(g.x, g.ab)
class GA:
    def __getattribute__(self, n):
        if n == "secret": raise AttributeError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback " + n
print(GA().secret)
class D:
    def __get__(self, obj, typ=None): return ("get", obj is None, typ.__name__)
    def __set__(self, obj, v): print("set", v)
class U:
    d = D()
u = U(); u.d = 5; print(u.d, U.d)
class Cl:
    def __call__(self, *a, **k): return a, k
print(Cl()(1, x=2))
class Ix:
    def __index__(self): return 2
print([10, 20, 30][Ix()], bin(Ix()), range(5)[Ix()])
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print(sorted([Cmp(3), Cmp(1)], key=lambda c: c).__len__(), Cmp(1) > Cmp(0), Cmp(1) != Cmp(1))
class Mi(dict):
    def __missing__(self, k): return k.upper()
print(Mi()["abc"], Mi(a=1)["a"])
class Sn:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class Own:
    attr = Sn()
class CG:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item}]"
print(CG[int])
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print("not called")
print(NewOther())
class Neg:
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
print(-Neg(), ~Neg(), +Neg(), abs(Neg()))
class IA:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
x = IA(); x += 1; x += 2; print(x.v)
class P3:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
print(P3() ** 2, pow(P3(), 2, 5), 2 ** P3())
class SetD:
    def __setitem__(self, k, v): print("setitem", k, v)
s = SetD(); s[1] = 2
try: del s[1]
except AttributeError as e: print("AttributeError", e)
class R:
    def __repr__(self): return 5
try: repr(R())
except TypeError as e: print(e)
class Bo:
    def __bool__(self): return 1
try: bool(Bo())
except TypeError as e: print(e)
class Ln:
    def __len__(self): return -1
try: len(Ln())
except ValueError as e: print(e)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class MyInt(int):
    def __add__(self, o): return "MyInt.add"
print(MyInt(1) + 1, 1 + MyInt(1))
class MyInt2(int):
    def __radd__(self, o): return "MyInt2.radd"
print(1 + MyInt2(1), MyInt2(1) + 1)
class LL(list):
    def __len__(self): return 99
print(len(LL([1])), bool(LL()))
class DD(dict):
    def __contains__(self, k): return True
print(5 in DD(), DD().__contains__(1))
class Sl:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
    def __repr__(self): return f"Sl({self.a})"
print(Sl(), [Sl()])
