# type() of values, type() with three arguments, and type's attributes.
for v in (1, 1.0, 1j, "s", b"b", [], (), {}, set(), None, True, len, type, object()):
    print(type(v).__name__)
print(type(1) is int, type(True) is bool, type(type) is type)
Point = type("Point", (), {"x": 0, "describe": lambda self: f"Point at {self.x}"})
p = Point()
p.x = 5
print(Point.__name__, p.describe(), type(p) is Point, Point.__bases__)
Sub = type("Sub", (Point,), {})
print(Sub.__mro__ == (Sub, Point, object), isinstance(Sub(), Point))
print(int.__name__, int.__qualname__, str.__module__ if False else "builtins")
class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(repr(int), repr(type(None)), repr(Outer))
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
