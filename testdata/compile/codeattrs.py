"""Small functions whose code-object attributes must equal CPython's
(lang/compiler TestCodeAttrsAgainstCPython)."""
import os.path as osp
from collections import OrderedDict as OD, defaultdict

X = 1, 2, (3, 4)
Y = -1, +2.5, ~3, not 0, 2 ** 10, 7 // 2, 7 % -3, -7.5 // 2, 1 << 20, "ab" * 3, b"x" + b"y"
Z = [1, 2, 3], {4, 5, 6}, {"a": 1, "b": 2}, 3 in [1, 2], x in {1, 2}

def simple(a, b):
    return a + b

def defaults(a, b=1, *args, c, d=2, **kw):
    "docstring"
    return a, b, args, c, d, kw

def posonly(a, b, /, c, *, d):
    return a + b + c + d

def annotated(a: int, b: "str" = "x", *c: float, d: list = None, **e: dict) -> bool:
    pass

def closure(x):
    y = x + 1
    def inner(z):
        nonlocal y
        y += z
        return x, y, z
    return inner

def gen(n):
    for i in range(n):
        yield i * 2
    yield from range(3)

def comps(xs):
    a = [x * 2 for x in xs if x]
    b = {x: x ** 2 for x in xs}
    c = {x for x in xs for y in x}
    d = (x + 1 for x in xs)
    return a, b, c, d

def tries(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        return e
    except Exception:
        raise
    else:
        return 1
    finally:
        print("done")

def withs(p, q):
    with open(p) as f, open(q) as g:
        return f.read() + g.read()

def loops(n):
    total = 0
    while n > 0:
        if n % 2 == 0:
            n -= 1
            continue
        total += n
        n -= 1
        if total > 100:
            break
    else:
        total = -1
    for i in range(10):
        pass
    return total

def fstrings(a, b):
    return f"{a!r} and {b:>{a}} {a + b=}"

def calls(f, *a, **k):
    f(1, 2, x=3)
    f(*a, **k)
    f(1, *a, y=2, **k)
    f.method(1, z=2)
    return print(len(a))

def unpack(seq):
    a, *b, c = seq
    (d, e), f = seq
    x = y = z = 0
    a, b = b, a
    return a, b, c, d, e, f, x, y, z

def globals_and_dels():
    global G
    G = 1
    del G
    h = 2
    del h

def slices(s):
    return s[1:2], s[::2], s[:-1], s[1:2:3]

def augmented(o, k):
    o.attr += 1
    o[k] *= 2
    o[k:k] |= 3

def chained(a, b, c):
    return a < b <= c != 4

def boolops(a, b, c):
    return (a and b) or c, a if b else c, not a

def lambdas():
    return lambda x, y=3: x * y

def with_super():
    class K(object):
        def m(self):
            return super().m() + __class__.x
    return K

class Plain:
    "A class."
    attr: int = 3
    other = [1, 2]

    def method(self):
        return self.attr

    @staticmethod
    def static(x):
        return x

    @property
    def prop(self):
        return 1

    def __private(self):
        return self.__secret

async def coro(x):
    await x
    async with x as y:
        pass
    async for i in y:
        pass
    return [i async for i in x]

async def agen():
    yield 1

def assertions(x):
    assert x, "message"
    assert x > 0

def imports():
    import os
    import os.path
    import os.path as p
    from os import sep, path as pth
    from . import sibling
    return os, p, sep, pth, sibling

def big_consts():
    return 12345678901234567890, 1.5e300, 2j, b"bytes", ..., None, True, False

if __name__ == "__main__":
    simple(1, 2)


def cell_params(self, b, a, /, z, *args, **kw):
    def inner():
        return kw, z, a, self, args, w, c
    w = c = 1
    return inner


def percent_formats(a, b):
    return ("%r is not %s" % (a, b), "%5s|%-3r|%.2a|%%" % (a, b, a), "%d" % (a,), "%s" % (1, 2),
            "%s %s" % (a,))


def matching(cmd, C):
    match cmd:
        case [x, y, *rest] if x > 0:
            return x, y, rest
        case [1, 2] | [3, 4]:
            return "pair"
        case (a, b) | [b, a] if a:
            return a, b
        case {"k": v, 2: w, **kw}:
            return v, w, kw
        case C(p, q=3, r=r2) as whole:
            return p, r2, whole
        case [first, *_, last]:
            return first, last
        case -1 | 1.5 | 2j | "s" | b"b" | None | True:
            return 0
        case C.attr:
            return 1
        case {}:
            return 2
        case _:
            return None


def matching_default_only(x):
    match x:
        case _:
            return 1
