from __future__ import annotations
def f(a: int, *b: str, c=1, **d: x) -> y:
    global g
    z = [i for i in a]
    def h(): nonlocal z; return z
class C:
    def m(self): return super().m(__class__)
    x = lambda q: q
    __p = 1
    def n(self): return __p + [(w := 2) for _ in range(3)]
