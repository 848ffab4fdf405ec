# Class patterns: __match_args__, keywords, the self-matching built-ins,
# subclasses, and CPython's TypeErrors.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat3 {x} {y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(1, 2, 0), Point3(1, 2, 3), 5]:
    print(where(p))


def builtin(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"bytes-like {b!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict k={v}"
        case set(s) | frozenset(s):
            return f"set-like of {len(s)}"
        case _:
            return "other"


for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [9, 8], [], (1,), {"k": 1}, {}, {1}, frozenset(), None]:
    print(repr(v), "->", builtin(v))


class MyInt(int):
    pass


match MyInt(7):
    case int(v):
        print("MyInt as int", v, type(v).__name__)

match MyInt(7):
    case MyInt(v):
        print("MyInt self", v)


class WithArgs(int):
    __match_args__ = ("real",)


match WithArgs(8):
    case WithArgs(r):
        print("real", r)

# keyword sub-patterns on builtins
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex", r, i)

# missing attribute: no match, no error
class Empty:
    pass


match Empty():
    case Empty(foo=1):
        print("no")
    case Empty():
        print("Empty has no foo")


# errors
def err(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


def too_many():
    match Point(1, 2):
        case Point(a, b, c):
            pass


def too_many_self():
    match 5:
        case int(a, b):
            pass


def no_match_args():
    match Empty():
        case Empty(a):
            pass


def not_a_type():
    f = len
    match 5:
        case f():
            pass


def dup():
    match Point(1, 2):
        case Point(a, x=b):
            pass


class BadArgs:
    __match_args__ = ["a"]


def bad_match_args():
    match BadArgs():
        case BadArgs(a):
            pass


class BadElem:
    __match_args__ = (1,)


def bad_elem():
    match BadElem():
        case BadElem(a):
            pass


class Two:
    __match_args__ = ("a", "b")


def two_many():
    match Two():
        case Two(a, b, c):
            pass


err(too_many)
err(too_many_self)
err(no_match_args)
err(not_a_type)
err(dup)
err(bad_match_args)
err(bad_elem)
err(two_many)

# isinstance is checked before __match_args__
match "str":
    case Point(a, b, c, d):
        print("no")
    case _:
        print("not a Point, no error")


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", obj)
        return True


class Any(metaclass=Meta):
    pass


match 12:
    case Any():
        print("Any matched 12")


class Prop:
    __match_args__ = ("v",)

    @property
    def v(self):
        raise ValueError("boom")


try:
    match Prop():
        case Prop(x):
            pass
except ValueError as e:
    print("ValueError from attribute:", e)
