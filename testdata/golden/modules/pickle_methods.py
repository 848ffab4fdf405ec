import pickle
class Outer:
    def method(self):
        return 1
    @classmethod
    def cm(cls):
        return 2
    @staticmethod
    def sm():
        return 3
class Self:
    def __init__(self):
        self.me = self
        self.l = [self]
o = Outer()
vals = [set(["a", "b", "c", "hello", "world"]), frozenset(["x", "yy", "zzz"]), {"k%d" % i: i for i in range(5)},
        "\ud800", "a\udcffb", ["s%d" % i for i in range(300)], [(i,) for i in range(300)], object(), Outer.method, o.method,
        Outer.cm, Outer.sm, [].append, "".join, {1: 2}.get, int.__add__, str.upper, float("nan"), -1e-300, 2.5e-320,
        [1.0, 1.0], (None,) * 5, Self(), [b"x", b"x"], (("nested",),), {(): []}, float("-nan"), float("inf") - float("inf")]
for p in range(6):
    for v in vals:
        try:
            d = pickle.dumps(v, p)
            print(p, d)
            r = pickle.loads(d)
            print("  ", type(r).__name__)
        except Exception as e:
            print(p, "ERR", type(e).__name__, str(e).split(" at 0x")[0])

import math
for v in [[getattr, int], [getattr, len], [int, ...], [len, ...], ["builtins", len], [math.floor, math.ceil, math], ["int", int], ["len", len], [len, len]]:
    try:
        print(pickle.dumps(v, 4))
    except Exception as e:
        print("ERR", e)
