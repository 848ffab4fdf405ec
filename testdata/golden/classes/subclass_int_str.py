# Subclassing int and str: arithmetic returns base types, repr, extra
# methods and attributes.
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), type(c + 1).__name__, repr(c))
class Flags(int):
    def __repr__(self):
        return f"Flags({int(self):#b})"
    def __or__(self, other):
        return Flags(int(self) | int(other))
f = Flags(1) | Flags(4)
print(f, repr(f), f + 1, type(f + 1).__name__, f == 5, hash(f) == hash(5))
class Name(str):
    def greet(self):
        return "Hello, " + self
n = Name("ada")
n.tag = "extra attribute"
print(n.greet(), n.upper(), type(n.upper()).__name__, n.tag, n == "ada", {n: 1}["ada"])
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
print(Even(4) + 0)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(Even(2), int), Even.__mro__[1] is int, int(Even(8)), f"{Even(6):03d}")
