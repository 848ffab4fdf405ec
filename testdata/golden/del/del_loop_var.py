# A for loop variable keeps the current item alive until it is rebound.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def make():
    for i in range(3):
        yield Tracked(i)

for t in make():
    print("loop body", t.name)
print("after loop, t still holds", t.name)
del t
print("end")
