# A temporary object in an expression dies as soon as the expression no
# longer needs it.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
    def value(self):
        return len(self.name)

print("value", Tracked("temp").value())
print("next statement")
n = Tracked("abc").value() + Tracked("de").value()
print("sum", n)
Tracked("expression statement")
print("after expression statement")
print([Tracked(str(i)).value() for i in range(2)])
print("end")
