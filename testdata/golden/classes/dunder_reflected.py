# Reflected operators: __radd__ and friends, the subclass-first rule, and
# interaction with built-in numbers.
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}m"
    def __add__(self, o):
        print("Meters.__add__")
        return Meters(self.v + (o.v if isinstance(o, Meters) else o))
    def __radd__(self, o):
        print("Meters.__radd__")
        return Meters(o + self.v)
    def __rsub__(self, o):
        return Meters(o - self.v)
    def __rtruediv__(self, o):
        return f"{o} / {self.v}"
    def __rpow__(self, o):
        return f"{o} ** {self.v}"
    def __rmatmul__(self, o):
        return "rmatmul"
    def __rfloordiv__(self, o):
        return "rfloordiv"
    def __rmod__(self, o):
        return "rmod"
class Centi(Meters):
    def __radd__(self, o):
        print("Centi.__radd__ (subclass goes first)")
        return Centi(o.v + self.v)
print(1 + Meters(2), Meters(2) + 1, 10 - Meters(3), 1 / Meters(4), 2 ** Meters(5))
print([1] @ Meters(1), 7 // Meters(1), 7 % Meters(1))
print(Meters(1) + Centi(2))
print(sum([Meters(1), Meters(2)], Meters(0)), sum([Meters(1), Meters(2)]))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ rescued"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print(type(e).__name__, e)
