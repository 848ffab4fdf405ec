# weakref.finalize on an immortal: the referent never dies while the program
# runs, so the finalizer runs at exit through atexit (weakref.finalize's
# atexit hook), while the object is alive; one with atexit=False never runs
# (finalize's callbacks are off once its exit hook ran, as in CPython).
import atexit
import gc
import sys
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Res.__del__", self.name)


def after():
    # Registered before the first finalize: atexit runs it last.
    print("after the exit hook:", f.alive, g.alive, sys._is_immortal(r_ref()))


atexit.register(after)
r = Res("r")
sys._immortalize(r)
r_ref = weakref.ref(r)
f = weakref.finalize(r, print, "finalize(r) runs at exit; r still alive:", True)
g = weakref.finalize(r, print, "never printed")
g.atexit = False
del r
gc.collect()
print(f.alive, g.alive, f.atexit, g.atexit, f.peek()[0].name)
print("end")
