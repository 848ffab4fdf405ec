# __del__ runs as soon as `del` removes the last reference.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = Tracked("a")
print("before del a")
del a
print("after del a")

b = Tracked("b")
b2 = b
print("del b (b2 still refers)")
del b
print("del b2")
del b2
print("after del b2")

c, d = Tracked("c"), Tracked("d")
print("del c, d")
del c, d
print("done")
