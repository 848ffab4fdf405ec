# collections.namedtuple: the generated class, its methods and errors.
from collections import namedtuple
import pickle, copy

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, Point._field_defaults, p._asdict(), Point._make([3, 4]), p._replace(x=9))
print(Point.__doc__, Point.x.__doc__, Point.__new__.__doc__, Point.__module__, Point.__qualname__, Point.__match_args__)
print(type(Point.x).__name__, Point.__slots__, p.__getnewargs__(), isinstance(p, tuple), len(p), hash(p) == hash((1, 2)))
x, y = p
print(x + y, p == (1, 2), p + (3,), p * 2, sorted([Point(2, 1), Point(1, 5)]))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 10])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'x def _y x class', rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
M = namedtuple('M', 'a', module='mymod')
print(M.__module__, M(1), M._fields)
E = namedtuple('E', '')
print(E(), E._fields, namedtuple('C', 'a, b')(1, 2))
print(pickle.loads(pickle.dumps(Point(5, 6))) if False else copy.copy(p), copy.deepcopy(P3(1)))
match p:
    case Point(x, y):
        print('matched', x, y)

class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4).norm(), Sub(3, 4), Sub._fields)

tests = [
    lambda: namedtuple('1a', 'x'), lambda: namedtuple('A', 'x x'), lambda: namedtuple('A', '_x'),
    lambda: namedtuple('A', 'def'), lambda: namedtuple('A', [1]), lambda: namedtuple('A', 'x', defaults=[1, 2]),
    lambda: namedtuple('A', 'x-y'), lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3),
    lambda: Point._make([1]), lambda: p._replace(z=1), lambda: setattr(p, 'x', 5), lambda: Point(x=1, x2=2),
    lambda: namedtuple(1, 'x'),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
