# A suspended mortal generator held by an immortal is closed at
# finalization: its finally block runs once, with builtins still there.
import sys


def worker(name):
    try:
        yield 1
        yield 2
    finally:
        print("closing", name, len([1, 2, 3]))


g = worker("g")
next(g)
keep = [g]
sys._immortalize(keep)
del g
print("end")
