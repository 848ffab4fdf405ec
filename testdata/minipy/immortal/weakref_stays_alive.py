# semantics.md case 15: a weak reference (and a proxy) to an object that is
# then immortalized stays alive after every name for it is dropped and a
# collection runs; the object keeps working through them.
import gc
import sys
import weakref


class O:
    def __init__(self):
        self.hits = 0

    def hit(self):
        self.hits += 1
        return self.hits


o = O()
w = weakref.ref(o)
sys._immortalize(o)
p = weakref.proxy(o)
del o
gc.collect()
print(w() is not None, type(w()).__name__, p.hit(), w().hit(), p.hits)
print(weakref.getweakrefcount(w()), sys._is_immortal(w()))
print(sys.getrefcount(w()) == sys.getrefcount(None))
print("end")
