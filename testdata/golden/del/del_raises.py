# An exception raised in __del__ is not propagated: it goes to
# sys.unraisablehook (replaced here, since the default hook prints an
# address).
import sys

def hook(unraisable):
    print("unraisable:", type(unraisable.exc_value).__name__, unraisable.exc_value,
          "in", unraisable.object.__qualname__)
sys.unraisablehook = hook

class Bad:
    def __del__(self):
        print("Bad.__del__ running")
        raise RuntimeError("error in __del__")

b = Bad()
print("deleting")
del b
print("execution continues")
def f():
    Bad()
    return "f returned"
print(f())
