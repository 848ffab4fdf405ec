# locals() in a function returns the frame's own dict (3.11), which keeps
# what it last saw alive until it is refreshed or the frame ends.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def f():
    x = Tracked("x")
    d = locals()
    print("same dict each time:", d is locals())
    del x
    print("x deleted, but the locals dict still holds it:", sorted(d))
    locals()
    print("refreshed:", sorted(d))
    y = Tracked("y")
    locals()
    y = None
    print("y rebound; the dict still holds the old y")
    return "f returns"
print(f())
print("after f")

def g():
    z = Tracked("z")
    def inner():
        return z
    cells = locals()
    print(sorted(cells))
    del z
    return inner
h = g()
print("inner keeps its cell; g's locals dict died with g")
del h
print("end")
