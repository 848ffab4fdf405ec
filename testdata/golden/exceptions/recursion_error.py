# Infinite recursion raises RecursionError, which can be caught, and the
# interpreter keeps working afterwards.
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__, e)
class Attr:
    def __getattr__(self, name):
        return self.missing
try:
    Attr().anything
except RecursionError as e:
    print(type(e).__name__, e)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("still alive", sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(500))
