# A closure cell keeps its value alive until the closure itself is dropped.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def make():
    captured = Tracked("captured")
    def get():
        return captured.name
    return get

f = make()
print("make returned, closure holds", f())
del f
print("closure dropped")

def make_nonlocal():
    v = Tracked("v1")
    def swap():
        nonlocal v
        v = Tracked("v2")
    return swap
s = make_nonlocal()
print("swap")
s()
print("drop swap")
s = None
print("end")
