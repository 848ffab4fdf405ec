# The first immortal's __del__ mutates the second; the second's __del__,
# which runs later, sees the change (every finalizer runs before anything
# is destroyed).
import sys


class A:
    def __del__(self):
        print("A clears B")
        self.b.data.clear()
        self.b.note = "touched"


class B:
    def __del__(self):
        print("B sees", self.data, self.note)


a, b = A(), B()
b.data, b.note = [1, 2, 3], "fresh"
a.b = b
sys._immortalize(a)
sys._immortalize(b)
