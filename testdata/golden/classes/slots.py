# __slots__: no instance __dict__, attribute errors, inheritance.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"))
class Loose(Point):
    pass
l = Loose(5, 6)
l.anything = "ok"
print(l.anything, vars(l))
print(type(Point.x).__name__)
