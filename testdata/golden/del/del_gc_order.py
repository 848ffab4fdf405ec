# PEP 442: all finalizers of a cyclic garbage set run before anything in
# it is cleared, so each __del__ still sees its partner.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("__del__", self.name, "peer is", self.peer.name if self.peer else None)

gc.collect()
gc.disable()
x = Node("x")
y = Node("y")
x.peer, y.peer = y, x
x = y = None
print("collected", gc.collect())
ring = [Node("r%d" % i) for i in range(3)]
for i, n in enumerate(ring):
    n.peer = ring[(i + 1) % 3]
ring = n = None
print("collected", gc.collect())
gc.enable()
print("end")
