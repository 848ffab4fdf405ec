# Weak references and the cycle collector (handle_weakrefs): weakrefs to
# unreachable objects are cleared before the finalizers run, callbacks of
# reachable weakrefs run, those of weakrefs that are garbage too do not.
import gc
import weakref

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


a = Node("a")
b = Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda w: print("callback: a collected"))
rb = weakref.ref(b, lambda w: print("callback: b collected"))
del a, b
print("alive before collect:", ra() is not None, rb() is not None)
n = gc.collect()
print("collected something:", n > 0, ra(), rb())


class Fin:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name, "sees its weakref dead:", self.ref() is None)


f = Fin("f")
f.self = f
f.ref = weakref.ref(f, lambda w: print("callback of f"))
del f
gc.collect()
print("after collect")

# A weakref that is itself garbage: its callback never runs.
c = Node("c")
c.other = c
c.wr = weakref.ref(c, lambda w: print("never printed"))
del c
gc.collect()
print("cyclic weakref: no callback")

# A weakref whose callback is part of the garbage but the ref is held
# from outside the cycle.
holder = []
d = Node("d")
d.other = d
holder.append(weakref.ref(d, lambda w: print("callback of d, ref alive:", w in holder)))
del d
gc.collect()
print(holder[0]())
