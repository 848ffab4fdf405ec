# __del__ can run during another object's __del__ (a chain of ownership),
# and __del__ can see its own attributes.
class Owner:
    def __init__(self, name, owned):
        self.name = name
        self.owned = owned
    def __del__(self):
        print("Owner.__del__", self.name, "owns", self.owned.name)
        self.owned = None
        print("Owner.__del__ done", self.name)

class Leaf:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Leaf.__del__", self.name)

o = Owner("outer", Leaf("leaf"))
del o
print("end")
