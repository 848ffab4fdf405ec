# An immortal holding a cycle of mortals whose __del__s read each other:
# both run at finalization with the cycle intact, once each.
import sys


class M:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(self.name, "sees", self.peer.name)


x, y = M("x"), M("y")
x.peer, y.peer = y, x
box = {"cycle": x}
sys._immortalize(box)
del x, y
import gc
gc.collect()
print("end")
