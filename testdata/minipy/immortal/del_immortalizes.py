# A __del__ that immortalizes new objects at finalization: their
# finalizers run too (the registry grows; phase 1 repeats until it stops).
import sys


class B:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("B.__del__", self.n)
        if self.n < 3:
            nxt = type(self)(self.n + 1)
            self.imm(nxt)


B.imm = staticmethod(sys._immortalize)
b = B(0)
sys._immortalize(b)
print("end")
