# Elements of a container are finalized in order when the container dies.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

lst = [Tracked("list0"), Tracked("list1"), Tracked("list2")]
print("drop list")
lst = None
tup = (Tracked("tup0"), Tracked("tup1"))
print("drop tuple")
tup = None
d = {"k1": Tracked("dict0"), "k2": Tracked("dict1")}
print("drop dict")
d = None
s = {Tracked("only in set")}
print("drop set")
s = None
print("end")
