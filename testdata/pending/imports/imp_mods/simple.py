# A plain module with a function, a constant, a class and a private name.
print("simple: executing, __name__ =", __name__)
CONSTANT = 42
_private = "hidden from star import"
def double(x):
    return x * 2
class Thing:
    def __repr__(self):
        return "Thing()"
