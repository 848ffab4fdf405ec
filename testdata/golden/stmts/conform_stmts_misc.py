def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("finally")
    return "done"
g = gen(); print(next(g), g.send("s"), g.throw(ValueError("v")))
try: next(g)
except StopIteration as e: print("stop", e.value)
g = gen(); next(g); g.close(); print(g.gi_frame)
def gen2():
    try: yield 1
    except GeneratorExit: yield 2
g = gen2(); next(g)
try: g.close()
except RuntimeError as e: print(e)
def gen3():
    r = yield from gen()
    print("r", r)
    return r
g = gen3(); print(list(g))
def raiser():
    raise StopIteration
    yield
try: next(raiser())
except RuntimeError as e: print(e, type(e.__cause__).__name__)
g = (i*i for i in range(3)); print(g.__name__, g.__qualname__, list(g), list(g))
try: gen().send(1)
except TypeError as e: print(e)
g = gen(); next(g)
try: g.throw(KeyError)
except KeyError as e: print("KeyError", repr(e))
def running():
    g.send(None)
    yield
g = running()
try: next(g)
except ValueError as e: print(e)
print(gen().gi_running, gen().__name__, gen.__name__)
# match
def m(x):
    match x:
        case 0 | 1: return "small"
        case int(n) if n < 0: return f"neg {n}"
        case [1, 2, *rest]: return f"list12 {rest}"
        case (a, b): return f"pair {a} {b}"
        case {"k": v, **others}: return f"map {v} {others}"
        case str() as s: return f"str {s}"
        case float(): return "float"
        case {"x": 1} : return "never"
        case Point(x=0, y=yy): return f"point y={yy}"
        case Point(1, 2): return "p12"
        case None: return "none"
        case True: return "true"
        case _: return "other"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
for v in [0, 1, -5, [1, 2, 3, 4], (7, 8), {"k": 1, "j": 2}, "hi", 2.5, Point(0, 9), Point(1, 2), None, True, object, [1], 5]:
    print(m(v) if v is not object else m(v)[:5])
match {"a": [1, {"b": 2}]}:
    case {"a": [_, {"b": bb}]}: print("nested", bb)
import enum
class Col(enum.Enum):
    R = 1
match Col.R:
    case Col.R: print("enum value pattern")
try:
    match Point(1, 2):
        case Point(1, 2, 3): pass
except TypeError as e: print(e)
# walrus
data = [1, 2, 3, 4]
if (n := len(data)) > 3: print("len", n)
print([y for x in data if (y := x * 2) > 4], y)
# fstrings
x = 42; name = "bob"; width = 8; prec = 3; val = 3.14159
print(f"{x=}", f"{x = }", f"{name!r}", f"{name!s:>{width}}", f"{val:{width}.{prec}f}", f"{x:#x}", f"{'nested' + f'{x}'}", f"{x=:>6}", f"{name=!s}", f"{{}}", f"{x!a}", f"{3.0=}")
print(f"{val=:.2f}", f"{[1,2][0]=}", f"{x if x else 0}", f"{'a' 'b'}", f"{x:{'>'}{10}}")
# unpacking
a, *b, c = range(6); print(a, b, c)
*a, = "xyz"; print(a)
(a, b), c = [1, 2], 3; print(a, b, c)
print(*[1, 2], *"ab", sep="|")
print([*range(3), *[9]], {*"ab", 1} == {"a", "b", 1}, {**{'a': 1}, 'b': 2}, (*"ab",))
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1]
except ValueError as e: print(e)
try: a, *b, c = [1]
except ValueError as e: print(e)
try: a, b = 1
except TypeError as e: print(e)
for a, *b in [(1, 2, 3), (4,)]: print(a, b)
# global/nonlocal
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc(); print(counter)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    inner()
    return inner(), v
print(outer())
def shadow():
    try:
        print(counter2)
    except NameError as e: print(e)
    counter2 = 1
shadow()
def free():
    def f(): return zz
    try: f()
    except NameError as e: print(e)
    zz = 1
free()
try: print(undefined)
except NameError as e: print(e)
class K:
    attr = 1
    vals = [attr for _ in range(1)] if False else None
    def m(self): return attr
try: K().m()
except NameError as e: print(e)
x = 5
class KK:
    x = x + 1
print(KK.x)
# chained comparisons
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2, "a" < "b" <= "b", [1] < [1, 0] < [2])
def side(v): print("side", v); return v
print(side(1) < side(2) < side(0) < side(5))
print(2**100, -2**63, 2**64 // 3, (2**100).bit_length(), 10**50 % 7, -10**50 // 7, str(10**100)[:5], int("9" * 100) + 1 == 10**100)
print(hex(2**70), oct(-2**70), bin(2**70 + 1), (2**70).to_bytes(9, 'big'), int.from_bytes(b'\xff' * 10, 'big', signed=True))
try: int("1" * 5000)
except ValueError as e: print(e)
try: str(10 ** 5000)
except ValueError as e: print(e)
import sys
sys.set_int_max_str_digits(6000); print(len(str(10**5000))); print(sys.get_int_max_str_digits())
try: sys.set_int_max_str_digits(5)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0); print(len(str(10**10000)))
print(sys.int_info)
