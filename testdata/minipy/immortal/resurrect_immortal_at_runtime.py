# A mortal object whose __del__ (at run time) immortalizes itself: it
# survives, and its __del__ does not run a second time at finalization.
import sys


class Phoenix:
    def __del__(self):
        print("__del__ runs, immortal:", sys._is_immortal(self))
        self.imm(self)


Phoenix.imm = staticmethod(sys._immortalize)
p = Phoenix()
del p
print("after del")
import gc
gc.collect()
print("end")
