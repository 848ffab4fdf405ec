# Rebinding a name drops the old object immediately (after the new value
# is computed, before the next statement).
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("__del__", self.name)

x = Tracked("first")
print("rebinding x")
x = Tracked("second")
print("rebound x")
x = None
print("x is None")

y = Tracked("y1")
y = y  # same object: nothing is freed
print("self-assignment kept y1")
y = [y]
print("y1 now inside a list")
y = 0
print("list dropped")
