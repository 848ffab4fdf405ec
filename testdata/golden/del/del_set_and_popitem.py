# Removing objects from sets and dict.popitem frees them immediately.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a = Tracked("in set")
s = {a, 1, 2}
del a
print("discard from set")
s.discard(next(x for x in s if isinstance(x, Tracked)))
print("popitem")
d = {"k1": Tracked("v1"), "k2": Tracked("v2")}
d.popitem()
print("popitem again")
d.popitem()
print("end")
