# Three immortals in a ring: each __del__ follows two links and finds
# everything intact; they run in the order they were immortalized.
import sys


class R:
    def __init__(self, name):
        self.name = name
        self.payload = {"name": name}

    def __del__(self):
        print(self.name, "->", self.next.name, "->", self.next.next.payload["name"])


a, b, c = R("a"), R("b"), R("c")
a.next, b.next, c.next = b, c, a
for o in (b, c, a):
    sys._immortalize(o)
del a, b, c
print("end")
