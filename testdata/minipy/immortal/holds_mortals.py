# An immortal holding mortal objects with __del__: their finalizers run at
# finalization (phase 1), after the immortal's own, each exactly once.
import sys


class M:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("mortal", self.n)


class I:
    def __del__(self):
        print("immortal", len(self.items))


i = I()
i.items = [M(1), M(2), M(3)]
sys._immortalize(i)
del i
print("end")
