# Classes for pickle_classes.py, importable by name in every interpreter.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)

    def __repr__(self):
        return f"Reduced{self.args}"


class Stateful:
    def __init__(self, n):
        self.n = n
        self.cache = "not sent"

    def __getstate__(self):
        return {"n": self.n}

    def __setstate__(self, state):
        self.n = state["n"]
        self.cache = "rebuilt"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


class MyList(list):
    pass


class MyDict(dict):
    pass


class NoPickle:
    def __reduce__(self):
        raise TypeError("NoPickle refuses")


def make_point(x, y):
    return Point(x, y)


def where():
    from concurrent import interpreters as I
    return I.get_current().id


def describe(obj):
    return f"{type(obj).__module__}.{type(obj).__qualname__}: {obj!r}"
