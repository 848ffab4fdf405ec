# Calls of bound method objects (not LOAD_METHOD): Python methods,
# classmethods, lambdas set on the class, errors, keywords,
# recursion, and when the bound object dies.
import sys


class C:
    def __init__(self, v):
        self.v = v

    def add(self, d, e=0):
        return self.v + d + e

    @classmethod
    def make(cls, v):
        return cls(v)

    def __del__(self):
        print("del C", self.v)


c = C(1)
m = c.add
print(m(2), m(2, 3), m(2, e=4), m(*(5,)), m(d=6))
try:
    m()
except TypeError as e:
    print("TypeError:", e)
try:
    m(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
mk = C.make
x = mk(7)
print(type(x).__name__, x.v)
del x
C.pair = lambda self, k: (self.v, k)
g = c.pair
print(g(1))
print(sys.getrefcount(c) >= 2)


class R:
    def down(self, n):
        f = self.down
        return 0 if n == 0 else 1 + f(n - 1)


print(R().down(100))
m2 = C(9).add
print(m2(1))
del m2
print("after del m2")


def boom(self):
    raise ValueError(self.v)


C.boom = boom
b = C(11).boom
try:
    b()
except ValueError as e:
    print("ValueError", e)
del b
print("end")
del c, m
