# Or-patterns binding in different orders, walrus in guards, class patterns
# reading properties in order, guards with side effects, recursion.
def f(v):
    match v:
        case [int(x), int(y)] | (x, y, _) if (s := x + y) > 3:
            return ("sum", x, y, s)
        case {"k": [1, *r]} | {"j": [*r, 1]}:
            return ("r", r)
        case [("a" | "b") as ab, *_] | [_, ("a" | "b") as ab]:
            return ("ab", ab)
        case [[x, y], [y2, x2]] | [x, y, y2, x2]:
            return ("q", x, y, y2, x2)
        case str() | bytes():
            return "strlike"
        case float(x) | int(x) if x < 0:
            return ("neg", x)
        case {**rest} if len(rest) > 1:
            return ("rest", rest)
        case _:
            return None
for v in [[1, 5], (2, 2, 0), [1, 1], {"k": [1, 2, 3]}, {"j": [4, 1]}, ["a", 3], [3, "b"], [[1, 2], [3, 4]], [1, 2, 3, 4], "x", b"y", -2.5, -3, 3, {1: 2, 3: 4}, {1: 2}]:
    print(v, f(v))
class C:
    __match_args__ = ("a",)
    a = property(lambda self: print("get a") or 1)
    b = 2
match C():
    case C(1, b=3):
        print("no")
    case C(1, b=2):
        print("yes")
match [1, 2]:
    case [1, 2] if print("guard") is None:
        print("guarded")
import sys
def depth(n):
    match n:
        case 0: return 0
        case _: return 1 + depth(n - 1)
print(depth(100))
