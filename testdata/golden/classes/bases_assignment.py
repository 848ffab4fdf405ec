# Assigning __bases__ of a class: the MRO, lookups, dunder slots,
# isinstance and subclasses follow; bad values raise CPython's errors and
# leave the class as it was.
class A:
    def who(self): return "A"
    def __repr__(self): return "<A-ish>"
class B:
    def who(self): return "B"
    def __len__(self): return 7
class C(A):
    pass
class D(C):
    pass
c, d = C(), D()
print(c.who(), repr(c), C.__bases__, D.__mro__)
C.__bases__ = (B,)
print(c.who(), len(c), len(d), d.who(), C.__bases__, C.__base__, D.__mro__)
print(isinstance(c, A), isinstance(c, B), issubclass(D, B), A.__subclasses__(), B.__subclasses__())
print(repr(c).startswith("<__main__.C object at"))
C.__bases__ = (A, B)
print(c.who(), repr(c), len(c), C.__mro__)

def attempt(value):
    try:
        C.__bases__ = value
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    print("  bases now", C.__bases__)
attempt(())
attempt([A])
attempt((1,))
attempt((C,))
attempt((D,))
attempt((int,))
class X(A): pass
class Y(X, A): pass
attempt((A, X))
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
try:
    del C.__bases__
except TypeError as e:
    print(e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class T(S1):
    __slots__ = ()
try:
    T.__bases__ = (S2,)
except TypeError as e:
    print(e)
class M(type):
    pass
class WithMeta(metaclass=M):
    pass
try:
    WithMeta.__bases__ = (A,)
except TypeError as e:
    print(e)
print(type(WithMeta).__name__, WithMeta.__mro__)
class Root: pass
class WithMeta2(Root, metaclass=M):
    pass
WithMeta2.__bases__ = (A,)
print(WithMeta2().who(), type(WithMeta2).__name__, WithMeta2.__mro__)
class Obj: pass
o = Obj()
try:
    o.__class__ = int
except TypeError as e:
    print(e)
