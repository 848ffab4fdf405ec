# Traceback caret lines (3.11) for common expression shapes, printed with
# sys.excepthook so that one script shows many.
import sys

def report(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)

class Obj:
    attr = None
    def method(self, x):
        return x.missing
    def __getitem__(self, k):
        raise KeyError(k)

o = Obj()
data = {"a": [1, 2, {"b": None}]}
zero = 0
def f1(): return 1 / zero
def f2(): return data["a"][2]["b"]["c"]
def f3(): return data["missing"]
def f4(): return o.attr.upper()
def f5(): return o.method(5)
def f6(): return len(5)
def f7(): return (1 +
                  "a")
def f8(): return [1, 2][zero + 5]
def f9(): return int("x") + 1
def f10(): x = 1; return x.real.imag.foo
def f11(): return o["key"]
def f12(): return (zero) // (zero)
def f13(): return zero ** -1
def f14(): return   1  +  zero  /  zero   
def f15():
    return max(
        [],
    )
def f16(): return o.method(o).x
def f17(): return [o][0].attr.x
def f18(): return data["a"]  [ 5 ]
def f19(): return (lambda: 1 / zero)()
def f20(): return {k: 1 / zero for k in "a"}
def f21(): return sorted([1, "a"])
def f22(): return not_defined_here
def f23(): return "%d" % "x"
def f24(): return f"{1 / zero}"
def f25(): return o.method(o.method(5))
def f26(): return 1 if zero else [][0]
def f27(): raise ValueError("plain raise")
def f28(): assert zero == 1, "assert message"
def f29(): a, b = [1, 2, 3]
def f30(): return zero.__class__.__name__.nope()
def f31(): del data["nope"]
def f32(): return "é" + 1
def f33(): return "ü" * 2 + data["é"]
def f34():
    x = [1,
         2][5]
def f35(): return data["a"][1:2][5]
def f36(): return (o).method((5))
def f37(): return (1 / zero)
def f38(): return ((1 / zero))
def f39(): return o.method(5) if True else 0
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17,
          f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32,
          f33, f34, f35, f36, f37, f38, f39):
    report(f)
