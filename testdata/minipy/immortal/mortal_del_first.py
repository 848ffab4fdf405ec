# A mortal global's __del__ runs at module teardown, before any immortal's
# (which runs after the teardown, in the virtual GC's first phase).
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


imm = D("immortal")
sys._immortalize(imm)
mortal = D("mortal")
print("end")
