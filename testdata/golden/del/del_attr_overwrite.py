# Overwriting or deleting an attribute frees the old value.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

class Holder:
    pass

h = Holder()
h.slot = Tracked("first")
print("overwrite")
h.slot = Tracked("second")
print("delattr")
del h.slot
h.slot = Tracked("third")
print("drop holder")
h = None
print("class attribute")
class K:
    shared = Tracked("class level")
K.shared = 1
print("end")
