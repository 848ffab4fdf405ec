# Immortal generators suspended mid-iteration: inside with blocks and
# try/finally, delegating with yield from. They keep iterating while the
# program runs; at shutdown each one's close (its finalizer) runs in phase
# 1, once, in the order they were immortalized: the finally blocks and
# __exit__s run with builtins still there. A generator never started or
# already finished has nothing to run.
import sys


class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.n, typ.__name__ if typ else None)
        return False


def gen(n):
    with CM(n):
        try:
            yield n
            yield n * 10
        finally:
            print("finally", n, sum([n, n]))


def inner():
    try:
        yield "inner"
    finally:
        print("inner finally")


def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")


g1 = gen(1)
print(next(g1))
g2 = gen(2)
print(next(g2), next(g2))
g3 = gen(3)
g4 = gen(4)
print(list(g4))
g5 = outer()
print(next(g5))
for g in (g1, g2, g3, g4, g5):
    sys._immortalize(g)
print([sys._is_immortal(g) for g in (g1, g2, g3, g4, g5)])
print(g1.gi_frame is not None, g4.gi_frame)
del g, g1, g2, g3, g4, g5
print("end")
