# list.clear(), slice deletion and pop release elements in order.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

items = [Tracked(i) for i in range(4)]
print("clearing")
items.clear()
print("cleared")

items = [Tracked(c) for c in "abcde"]
print("del items[1:3]")
del items[1:3]
print("pop")
items.pop()
print("remove by index assignment")
items[0] = None
print("drop the list")
items = None
print("end")
