# An immortalized generator still iterates; its pending finally block runs
# at finalization (its close is its finalizer), exactly once.
import sys


def gen():
    try:
        for i in range(5):
            yield i
    finally:
        print("gen finally")


g = gen()
sys._immortalize(g)
print(next(g), next(g))
print(list(zip(g, "ab")))
it = iter([10, 20, 30])
sys._immortalize(it)
print(next(it), list(it))
print("end")
