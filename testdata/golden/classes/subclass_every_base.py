# Every subclassable built-in type (and every built-in exception) takes a
# class with an instance attribute: the layout registry is complete.
import io, builtins
cases = [(object, ()), (int, (3,)), (float, (1.5,)), (complex, (1,)), (str, ("s",)), (bytes, (b"b",)),
 (bytearray, (b"x",)), (list, ([1],)), (tuple, ((1,),)), (dict, ({1: 2},)), (set, ({1},)), (frozenset, ({1},)),
 (staticmethod, (len,)), (classmethod, (len,)), (property, (len,)), (enumerate, ([1],)), (zip, ([1],)), (map, (len, ["a"])),
 (filter, (None, [1])), (reversed, ([1, 2],)), (io.StringIO, ("abc",)), (io.BytesIO, (b"abc",)), (type(builtins), ("m",))]
for name in dir(builtins):
    v = getattr(builtins, name)
    if isinstance(v, type) and issubclass(v, BaseException):
        cases.append((v, ("msg",)))
for base, args in cases:
    try:
        class X(base): pass
        x = X(*args)
        x.attr = 1
        print(base.__name__, type(x).__name__, x.attr, isinstance(x, base))
    except Exception as e:
        print(base.__name__, "error", type(e).__name__, e)
class M(type): pass
print(M("Q", (), {}).__name__)
class Sp(super): pass
class A:
    def f(self): return "A.f"
class B(A):
    def f(self): return Sp(B, self).f()
print(B().f())
