# __hash__ and __eq__: objects as dict keys and set members, and the
# hash = None default when __eq__ is defined.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), Point(1, 2) in pts, {Point(0, 0): "origin"}[Point(0, 0)])
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class Identity:
    pass
i1, i2 = Identity(), Identity()
print(i1 == i1, i1 == i2, len({i1, i2, i1}))
class Inherit(Point):
    pass
print(Inherit(1, 2) == Point(1, 2), hash(Inherit(1, 2)) == hash(Point(1, 2)))
class EqChild(Point):
    def __eq__(self, other):
        return False
print(EqChild.__hash__)
class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
