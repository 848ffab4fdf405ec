# Classes and functions pickled by reference from an imported package.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Box:
    __slots__ = ("lo", "hi")

    class Corner:
        pass

    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi


def area(box):
    return (box.hi.x - box.lo.x) * (box.hi.y - box.lo.y)


class Error(Exception):
    pass
