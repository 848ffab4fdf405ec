# weakref.ref(immortal, callback): the callback never runs while the program
# runs (the referent cannot die); at shutdown it runs exactly once, in phase
# 1 of the virtual GC, if the weak reference itself is still alive then (here
# an immortal list holds it). As the cycle collector does for garbage, the
# weak references to everything phase 2 will destroy are cleared and their
# callbacks run before any __del__: the __del__ then sees its weak
# references dead. A weak reference that dies before its referent (one
# deleted at run time, one cleared with the module's globals) never calls.
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
