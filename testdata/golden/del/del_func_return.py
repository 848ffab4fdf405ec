# A function's locals are released when the function returns.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def work():
    local = Tracked("local")
    other = Tracked("other")
    print("returning from work")
    return other

kept = work()
print("work returned, kept =", kept.name)
del kept
print("after del kept")

def nested():
    def inner():
        t = Tracked("inner")
        print("inner ends")
    inner()
    print("nested continues")
nested()
print("end")
