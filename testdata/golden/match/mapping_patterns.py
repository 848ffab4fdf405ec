# Mapping patterns: keys, **rest, extra keys, get() semantics, errors.


def m(x):
    match x:
        case {}:
            if x:
                return f"non-empty mapping matched {{}}: {x}"
            return "empty"
        case _:
            return "not a mapping"


for v in [{}, {1: 2}, [], "s", set()]:
    print(repr(v), m(v))


def keys(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return ("point", px, py)
        case {"type": "circle", "r": r, **rest}:
            return ("circle", r, rest)
        case {"type": t, **others} if not others:
            return ("bare", t)
        case {1: one, 2.5: f, None: n, "t": t}:
            return ("odd keys", one, f, n, t)
        case _:
            return "?"


print(keys({"type": "point", "x": 1, "y": 2, "z": 3}))
print(keys({"type": "circle", "r": 5, "color": "red", "fill": True}))
print(keys({"type": "circle", "r": 5}))
print(keys({"type": "square"}))
print(keys({"type": "square", "side": 3}))
print(keys({1: "a", 2.5: "b", None: "c", "t": "d"}))
print(keys({"x": 1}))


class D(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)

    def __missing__(self, key):
        print("missing", key)
        return 0


match D(a=1, b=2):
    case {"a": 1, "c": _}:
        print("no")
    case {"a": a, **rest}:
        print("D", a, rest, type(rest).__name__)


class Const:
    K = "k"


match {"k": 1}:
    case {Const.K: v}:
        print("attr key", v)

# duplicate keys computed at run time
class A:
    x = "k"
    y = "k"


try:
    match {"k": 1}:
        case {A.x: 1, A.y: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)

# an unhashable key
class B:
    x = []


try:
    match {}:
        case {B.x: 1}:
            pass
except TypeError as e:
    print("TypeError:", e)

# nested mappings and sequences
config = {"servers": [{"host": "a", "port": 80}, {"host": "b"}], "debug": True}
match config:
    case {"servers": [{"host": h1, "port": p}, {"host": h2}], "debug": bool(d)}:
        print(h1, p, h2, d)

match vars(Const):
    case {"K": a}:
        print(type(vars(Const)).__name__, a)
