# One class using many features together: docstring, class attribute,
# __init__, property, classmethod, staticmethod, dunders, nested class.
class Temperature:
    """A temperature in Celsius."""
    unit = "C"
    count = 0
    class Error(ValueError):
        pass
    def __init__(self, degrees=0.0):
        if degrees < -273.15:
            raise Temperature.Error(f"{degrees} is below absolute zero")
        self._degrees = float(degrees)
        Temperature.count += 1
    @property
    def fahrenheit(self):
        return self._degrees * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._degrees = (f - 32) * 5 / 9
    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t
    @staticmethod
    def valid(d):
        return d >= -273.15
    def __repr__(self):
        return f"Temperature({self._degrees:.1f})"
    def __str__(self):
        return f"{self._degrees:.1f}°{self.unit}"
    def __eq__(self, other):
        return isinstance(other, Temperature) and abs(self._degrees - other._degrees) < 1e-9
    def __lt__(self, other):
        return self._degrees < other._degrees
    def __hash__(self):
        return hash(round(self._degrees, 6))
    def __add__(self, delta):
        return Temperature(self._degrees + delta)
    def __bool__(self):
        return self._degrees != 0
t = Temperature.from_fahrenheit(212)
print(t, repr(t), t.fahrenheit, Temperature.valid(-300), bool(Temperature()), t + 5)
print(sorted([Temperature(30), Temperature(-5), t]), Temperature(100) == t, len({t, Temperature(100)}))
print(Temperature.__doc__, Temperature.count, Temperature.Error.__qualname__)
try:
    Temperature(-500)
except ValueError as e:
    print(type(e).__name__, e)
