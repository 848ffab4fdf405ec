def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): print("V.add"); return NotImplemented
    def __radd__(self, o): print("V.radd"); return "radd"
    def __eq__(self, o): print("V.eq"); return NotImplemented
    def __lt__(self, o): print("V.lt"); return NotImplemented
    def __gt__(self, o): print("V.gt"); return NotImplemented
    def __iadd__(self, o): print("V.iadd"); return NotImplemented
    def __repr__(self): return "V"
class W(V):
    def __radd__(self, o): print("W.radd"); return "wradd"
    def __eq__(self, o): print("W.eq"); return NotImplemented
t(lambda: V(1) + V(2)); t(lambda: V(1) + W(2)); t(lambda: 1 + V(1)); t(lambda: V(1) == V(2)); t(lambda: V(1) == W(1)); t(lambda: V(1) < 1); t(lambda: V(1) < V(2)); t(lambda: V(1) != 2)
def ia():
    x = V(1); x += 5; return x
t(ia)
def ib():
    x = [1]; y = x; x += (2,); return x is y, x
t(ib)
class M:
    def __matmul__(self, o): return "mm"
    def __rmatmul__(self, o): return "rmm"
    def __format__(self, spec): return f"fmt[{spec}]"
    def __index__(self): return 1
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
    def __call__(self, *a, **k): return a, k
    def __getitem__(self, k): return k
    def __contains__(self, k): return False
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __abs__(self): return "abs"
    def __divmod__(self, o): return "dm"
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
m = M()
t(lambda: m @ 1); t(lambda: 1 @ m); t(lambda: f"{m:abc}"); t(lambda: format(m)); t(lambda: [5, 6][m]); t(lambda: "abc"[m:]); t(lambda: -m); t(lambda: ~m); t(lambda: m(1, k=2))
t(lambda: m[1:2, ::3, ...]); t(lambda: m[()]); t(lambda: 1 in m); t(lambda: round(m)); t(lambda: round(m, 2)); t(lambda: int(m) if False else 0); import math; t(lambda: math.trunc(m)); t(lambda: math.floor(m)); t(lambda: abs(m)); t(lambda: divmod(m, 1)); t(lambda: pow(m, 2, 3)); t(lambda: 2 ** m); t(lambda: pow(2, m, 5))
t(lambda: range(m)); t(lambda: hex(m)); t(lambda: [0] * m); t(lambda: int(m)); t(lambda: float(m)); t(lambda: complex(m))
class NoHash:
    __hash__ = None
t(lambda: hash(NoHash())); t(lambda: {NoHash()})
class LenOnly:
    def __len__(self): return 0
t(lambda: bool(LenOnly())); t(lambda: not LenOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
t(lambda: list(GetItemOnly())); t(lambda: 20 in GetItemOnly()); t(lambda: list(reversed(GetItemOnly()))); t(lambda: iter(GetItemOnly()).__class__.__name__)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None, v); return True
with CM() as c: raise ValueError("swallowed")
print("after")
t(lambda: exec("with 5: pass"))
class Sized:
    def __len__(self): return 2**70
t(lambda: len(Sized())); t(lambda: bool(Sized()))
class Idx:
    def __index__(self): return 2**70
t(lambda: [1][Idx()]); t(lambda: "x" * Idx())
import weakref
class R: pass
r = R(); w = weakref.ref(r); print(w() is r); del r; print(w())
class Del:
    def __del__(self): print("del called")
x = Del(); x = None; print("after del")
class Slots:
    __slots__ = ('__weakref__', 'x')
print(weakref.ref(Slots())() is None)
class Ne:
    def __eq__(self, o): return "eqres"
t(lambda: Ne() != 1); t(lambda: Ne() == 1); t(lambda: [Ne()] == [1]); t(lambda: Ne() in [1]); t(lambda: [1].count(Ne())); t(lambda: [1].index(Ne()))
class RichCmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o
    def __gt__(self, o): return self.v > o
t(lambda: 5 < RichCmp(3)); t(lambda: 5 > RichCmp(3)); t(lambda: sorted([RichCmp(2), RichCmp(1)], key=lambda r: r.v)[0].v)
import sys
mod = type(sys)("dyn"); mod.__getattr__ = lambda n: "modattr " + n; print(mod.anything)
t(lambda: sys.nonexistent)
t(lambda: __import__("nonexistent_mod")); t(lambda: exec("from sys import nope")); t(lambda: exec("import sys.nope"))
