# Attributes of classes and modules: __annotations__ made on first read,
# layout numbers as CPython reports them, the heap-type bit of __flags__,
# module __dir__, type[int], and super's attributes.
import math
class A: pass
class B:
    x: int = 1
class C(B): pass
for e in ["A.__annotations__", "'__annotations__' in A.__dict__", "B.__annotations__", "C.__annotations__",
          "int.__annotations__", "type[int]", "type[int].__origin__",
          "int.__basicsize__", "tuple.__itemsize__", "A.__basicsize__", "A.__dictoffset__", "A.__weakrefoffset__",
          "object.__basicsize__", "list.__basicsize__", "dict.__basicsize__", "type.__basicsize__",
          "bool(A.__flags__ & (1 << 9))", "bool(int.__flags__ & (1 << 9))", "bool(int.__flags__ & (1 << 24))",
          "bool(A.__flags__ & (1 << 14))", "bool(list.__flags__ & (1 << 5))", "bool(dict.__flags__ & (1 << 6))",
          "'__eq__' in dir(math)", "dir(math) == sorted(vars(math))", "object().__sizeof__()", "A().__sizeof__()",
          "(1, 2).__sizeof__()"]:
    try:
        print(e, '=>', eval(e))
    except Exception as x:
        print(e, '->', type(x).__name__, x)
A.__annotations__ = {'y': str}
print(A.__annotations__)
del A.__annotations__
print('__annotations__' in A.__dict__)
try:
    int.__annotations__ = {}
except TypeError as x:
    print(type(x).__name__, x)
class P:
    def who(self):
        return 'P'
class Q(P):
    def who(self):
        s = super()
        return s.__thisclass__.__name__, s.__self__ is self, s.__self_class__.__name__, s.who()
print(Q().who())
unbound = super(Q)
print(unbound.__self__, unbound.__self_class__, unbound.__thisclass__.__name__)
bound = unbound.__get__(Q(), Q)
print(bound.who())
