# A class owned by main, proxied into a sub-interpreter: calling it makes
# instances in main; isinstance and issubclass are asked of main.
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

class Point:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1
    def norm1(self):
        return abs(self.x) + abs(self.y)
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def kind():
        return 'point'
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

class Point3(Point):
    pass

sub = I.create()
sub.prepare_main(Point=I.SharedObjectProxy(Point), Point3=I.SharedObjectProxy(Point3))
sub.exec("""
p = Point(1, -2)
print(p, p.norm1(), Point.kind(), Point.origin(), Point.count)
print(isinstance(p, Point), isinstance(p, Point3), isinstance(3, Point))
print(issubclass(Point3, Point), issubclass(Point, Point3))
print(Point.__name__, Point3.__mro__[1].__name__, type(Point).__name__)
q = Point3(3, 4)
print(q, q.norm1(), isinstance(q, Point))
""")
print(Point.count)
sub.close()
