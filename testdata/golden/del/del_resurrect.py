# __del__ can resurrect its object; CPython calls __del__ only once per object.
import gc
graveyard = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "- resurrecting")
        graveyard.append(self)

p = Phoenix("phoenix")
del p
print("after del, graveyard holds", [x.name for x in graveyard])
graveyard.clear()
print("cleared graveyard: __del__ is not called again")
gc.collect()
print("end")
