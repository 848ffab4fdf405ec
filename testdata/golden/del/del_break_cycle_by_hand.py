# Breaking a reference cycle by hand lets reference counting free the
# objects at once, without the cycle collector.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("__del__", self.name)
gc.disable()
a, b = Node("a"), Node("b")
a.other, b.other = b, a
print("break the cycle")
a.other = None
print("drop b's name (a still refers to nothing, b is held by the name only)")
b = None
print("drop a")
a = None
gc.enable()
print("end")
