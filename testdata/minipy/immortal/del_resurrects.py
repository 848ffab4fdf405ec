# A __del__ that resurrects a mortal object by storing it in an immortal:
# the object's finalizer still runs once, and nothing leaks. (Module
# globals are gone by then: the class is reached through the instance.)
import sys


class M:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("M.__del__", self.name)


class Keeper:
    def __del__(self):
        print("Keeper.__del__", len(self.kept))
        self.kept.append(self.make("late"))


Keeper.make = M
k = Keeper()
k.kept = [M("early")]
sys._immortalize(k)
print("end")
