# When an instance dies, its attributes are released in insertion order
# after its own __del__.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
class Owner:
    def __init__(self):
        self.first = Tracked("attr first")
        self.second = Tracked("attr second")
        self.third = Tracked("attr third")
    def __del__(self):
        print("Owner.__del__")
o = Owner()
o.second = Tracked("attr second replaced")
print("dropping owner")
o = None
print("end")
