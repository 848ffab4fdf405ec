import sys
def show(label, fn):
    try:
        fn()
    except RecursionError as e:
        print(label, "RecursionError:", e)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "no error")
class S:
    def __str__(self):
        return f"{self}"
show("str", lambda: str(S()))
class L:
    def __len__(self):
        return len(self)
show("len", lambda: len(L()))
class H:
    def __hash__(self):
        return hash(self)
show("hash", lambda: hash(H()))
class I:
    def __iter__(self):
        return iter(self)
show("iter", lambda: iter(I()))
class P:
    @property
    def p(self):
        return self.p
show("property", lambda: P().p)
class Add:
    def __add__(self, o):
        return self + o
show("add", lambda: Add() + 1)
class GI:
    def __getitem__(self, k):
        return self[k]
show("getitem", lambda: GI()[0])
nested = []
for i in range(100000):
    nested = [nested]
show("repr nested list", lambda: repr(nested))
d = {}
for i in range(100000):
    d = {"k": d}
show("repr nested dict", lambda: repr(d))
t = ()
for i in range(100000):
    t = (t,)
show("repr nested tuple", lambda: repr(t))
show("eq nested", lambda: nested == nested[0])
def rec(n):
    return rec(n + 1)
sys.setrecursionlimit(50)
show("low limit", lambda: rec(0))
sys.setrecursionlimit(1000)
def gen(n):
    yield from gen(n + 1)
show("generator", lambda: next(gen(0)))
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
show("mutual", lambda: mutual_a(0))
show("map", lambda: list(map(lambda x: rec(x), [1])))
show("sorted key", lambda: sorted([1, 2], key=lambda x: rec(x)))
def catch_and_continue(n):
    try:
        return catch_and_continue(n + 1)
    except RecursionError:
        return n
print("depth reached > 900:", catch_and_continue(0) > 900)
print("still works after recovery:", sum(range(10)))
del nested, d, t
