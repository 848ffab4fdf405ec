# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__)
    try:
        raise ValueError("nested")
    except ValueError:
        print("nested:", sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info())
def inside():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    print("seen from a called function:", repr(inside()))
print(sys.exception() if hasattr(sys, "exception") else None)
