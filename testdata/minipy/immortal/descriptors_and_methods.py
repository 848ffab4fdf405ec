# Immortalized descriptors and bound methods keep working.
import sys


class C:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def twice(v):
        return v * 2


for name in ("x", "make", "twice"):
    sys._immortalize(C.__dict__[name])
c = C()
l = []
app = l.append
sys._immortalize(app)
app(1)
app(2)
up = "abc".upper
sys._immortalize(up)
print(c.x, type(C.make()).__name__, C.twice(21), l, up())
print(sys._is_immortal(C.__dict__["x"]), sys._is_immortal(l))
