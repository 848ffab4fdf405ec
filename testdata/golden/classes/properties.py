# Properties with getters, setters and deleters, validation and inheritance.
class Circle:
    def __init__(self, radius):
        self.radius = radius
    @property
    def radius(self):
        print("get radius")
        return self._radius
    @radius.setter
    def radius(self, value):
        print("set radius", value)
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value
    @radius.deleter
    def radius(self):
        print("delete radius")
        del self._radius
    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 2)

c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
del c.radius
print(hasattr(c, "_radius"))
try:
    c.area = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Square(Circle):
    @Circle.radius.getter
    def radius(self):
        return "square radius " + str(self._radius)
s = Square(4)
print(s.radius)
print(type(Circle.radius).__name__, Circle.radius.fget.__name__, Circle.area.fset)
