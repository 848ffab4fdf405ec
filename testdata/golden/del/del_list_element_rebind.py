# Assigning into a list slot or slice frees the replaced elements at once.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
slots = [Tracked("s0"), Tracked("s1"), Tracked("s2")]
print("replace slot 1")
slots[1] = Tracked("new1")
print("replace slice [0:2]")
slots[0:2] = [1, 2]
print("sort does not free anything")
slots.sort(key=lambda v: str(v))
print("reverse and pop")
slots.reverse()
slots.pop(0)
print("end", len(slots))
