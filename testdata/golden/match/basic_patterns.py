# Literal, capture, wildcard, value, singleton, guard, or and as patterns.
import math


class Color:
    RED = 1
    GREEN = 2


def lit(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case b"x":
            return "bytes"
        case -1:
            return "minus one"
        case 1.5:
            return "float"
        case 2j:
            return "complex"
        case -1 + 2j:
            return "complex2"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "red"
        case math.pi:
            return "pi"
        case int(n) if n > 100:
            return f"big {n}"
        case _:
            return "other"


for v in [0, 1, 3, "a", "c", b"x", -1, 1.5, 2j, -1 + 2j, None, True, False, 1.0, Color.GREEN, math.pi, 101, 50, 0.0, [], ()]:
    print(repr(v), lit(v))


def asp(x):
    match x:
        case (1 | 2) as small:
            return ("small", small)
        case str() as s if len(s) > 2:
            return ("long str", s)
        case [int() as a, *_] as whole:
            return ("list head", a, whole)
        case whatever:
            return ("capture", whatever)


for v in [1, 2, "abcd", "ab", [5, 6], (7,), {}]:
    print(asp(v))

# bindings survive the match statement
match (1, 2):
    case (a, b):
        pass
print(a, b)

# a failed or-alternative binds in order
match [3, 4]:
    case [x, 1] | [4, x] | [x, 4]:
        print("or", x)

# a guard that fails still leaves the captures bound, as CPython does
match 42:
    case y if y < 0:
        print("neg")
    case _:
        print("fallthrough", y)

# match on a single wildcard case
match object():
    case _:
        print("wildcard only")

# value patterns compare with ==
class Eq:
    def __eq__(self, other):
        print("eq called with", other)
        return True

class NS:
    e = Eq()

match 5:
    case NS.e:
        print("matched via __eq__")

match 0:
    case 0.0:
        print("0 == 0.0")
match True:
    case 1:
        print("True == 1")
match 1:
    case True:
        print("not reached")
    case _:
        print("1 is not True")
