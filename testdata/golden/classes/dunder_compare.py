# Rich comparisons: __eq__, __ne__, __lt__... reflected operands,
# NotImplemented, and total ordering written by hand.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return other < self
    def __ge__(self, other):
        return not self < other
    __hash__ = None
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Version(1, 2), a != Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b), min([b, a]))
print(a == "1.2", a != "1.2")
try:
    a < "1.2"
except TypeError as e:
    print(type(e).__name__, e)
class Spy:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("eq called on", self.name)
        return NotImplemented
    def __lt__(self, other):
        print("lt called on", self.name)
        return NotImplemented
    def __gt__(self, other):
        print("gt called on", self.name)
        return NotImplemented
x, y = Spy("x"), Spy("y")
print(x == y)
try:
    x < y
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Spy):
    def __gt__(self, other):
        print("Sub.gt called first")
        return True
print(Spy("base") < Sub("sub"))
