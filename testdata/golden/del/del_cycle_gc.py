# Objects in a reference cycle are only freed by the cycle collector;
# gc.collect() returns how many unreachable objects it found.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("__del__", self.name)

gc.collect()
gc.disable()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
print("dropping the cycle")
del a, b
print("nothing freed yet")
n = gc.collect()
print("collected", n)
gc.enable()

c = Node("self loop")
c.other = c
del c
print("self loop dropped")
print("collected", gc.collect())
print("end")
