# weakref.ref(immortal, callback): the callback never runs while the program
# runs (the referent cannot die); at shutdown it runs exactly once, in phase
# 1 of the virtual GC, if the weak reference itself is still alive then (here
# an immortal list holds it). As the cycle collector does for garbage, the
# weak references to everything phase 2 will destroy are cleared and their
# callbacks run before any __del__: the __del__ then sees its weak
# references dead. A weak reference that dies before its referent (one
# deleted at run time) never calls. One held by a module global calls when
# that global is still alive in phase 1: here __main__'s dict outlives the
# module teardown, since the immortal reaches it (Obj.__del__.__globals__),
# and CPython's finalize_modules wipes only the modules still alive, not
# the dicts of dead ones; its callback runs first, as the newest weak
# reference with a callback comes first in the referent's list.
import gc
import sys
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "- its weakrefs dead:", self.ref() is None)


def report(name):
    def cb(w):
        print("callback", name, "- referent cleared:", w() is None)
    return cb


o = Obj("o")
w = weakref.ref(o, report("o"))
o.ref = weakref.ref(o)
refs = [w]
sys._immortalize(refs)
sys._immortalize(o)
print(sys._is_immortal(o), w() is o, weakref.getweakrefcount(o))
del o
gc.collect()
print("alive after del and collect:", w().name)
short = weakref.ref(w(), report("short-lived ref"))
del short
module_level = weakref.ref(w(), report("module-level ref"))
print(weakref.getweakrefcount(w()), w.__callback__ is not None)
print("end")
