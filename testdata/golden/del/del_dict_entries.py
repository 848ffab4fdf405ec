# Replacing, popping and deleting dict entries frees the old values.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

d = {"a": Tracked("a1"), "b": Tracked("b")}
print("replace a")
d["a"] = Tracked("a2")
print("pop b")
d.pop("b")
print("del a")
del d["a"]
d["c"] = Tracked("c")
print("clear")
d.clear()
d["k"] = Tracked("value of k")
print("update")
d.update(k=1)
print("end")
