# A bound method keeps its instance alive.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
    def hello(self):
        return "hello from " + self.name

t = Tracked("instance")
m = t.hello
del t
print("instance name deleted, method still works:", m())
del m
print("method deleted")
callbacks = [Tracked("cb").hello]
print(callbacks[0]())
callbacks.clear()
print("end")
