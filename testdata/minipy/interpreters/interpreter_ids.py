# Interpreter(id) and Queue(id) with good and bad ids.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
import sys

# Queue.__del__ of a handle whose id was refused reports the error again
sys.unraisablehook = lambda u: print("unraisable:", type(u.exc_value).__name__, u.exc_value)


def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f.__name__, repr(args), "->", type(e).__name__, e)
    else:
        print(f.__name__, repr(args), "->", r)


i = I.create()
for bad in [0, 1, 2, 99, 10**6, -1, -2**63, 2**63, 2**70, "1", 1.0, None, b"1", [1], True, False]:
    attempt(I.Interpreter, bad)
attempt(I.Interpreter)
i.close()
attempt(I.Interpreter, 1)
q = I.create_queue()
for bad in [q.id, 99, -1, 2**70, "1", 1.5, None]:
    attempt(I.Queue, bad)
attempt(I.Queue)
print(type(I.Queue(q.id)).__name__)
