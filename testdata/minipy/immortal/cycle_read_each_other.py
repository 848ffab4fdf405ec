# Two immortals in a cycle: each __del__ reads the other, which is still
# intact (every finalizer runs before anything is destroyed).
import sys


class N:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print(self.v, "sees", self.other.v, len(self.other.data))


a = N("a")
b = N("b")
a.other, b.other = b, a
a.data, b.data = [1, 2], [3]
sys._immortalize(a)
sys._immortalize(b)
del a, b
print("end")
