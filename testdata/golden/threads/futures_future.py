# concurrent.futures.Future on its own: states, result and exception with
# timeouts, cancel, callbacks (and a failing one, logged), set_result and
# set_exception errors, reprs (the address masked), the exception classes.
import concurrent.futures as cf
from concurrent.futures import Future
import io
import sys


def masked(r):
    # "<Future at 0x... state=...>": the address varies from run to run.
    head, sep, tail = r.partition(" at 0x")
    if not sep:
        return r
    return head + " at 0x..." + tail[tail.index(" "):]


def states(f):
    return (f.running(), f.done(), f.cancelled())


f = Future()
print(masked(repr(f)), states(f))
try:
    f.result(timeout=0)
except cf.TimeoutError as e:
    print("TimeoutError", repr(e), type(e) is TimeoutError)
try:
    f.exception(timeout=0.01)
except TimeoutError as e:
    print("exception() timed out", type(e).__name__)

calls = []
f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
f.add_done_callback(lambda fut: calls.append(("second", fut is f)))
print(f.set_running_or_notify_cancel(), masked(repr(f)), states(f))
print(f.cancel(), states(f))
f.set_result([1, 2])
print(masked(repr(f)), states(f), f.result(), f.exception())
print(calls)
f.add_done_callback(lambda fut: calls.append("late"))
print(calls[-1])

for bad in (f.set_result, f.set_exception):
    try:
        bad(ValueError())
    except cf.InvalidStateError as e:
        print(type(e).__name__, masked(str(e)))
old, sys.stderr = sys.stderr, io.StringIO()
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError", e)
finally:
    log, sys.stderr = sys.stderr.getvalue(), old
print(log.replace(str(id(f)), "ID"), end="")

g = Future()
g.set_exception(KeyError("k"))
print(masked(repr(g)), states(g))
print(repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("result raised", repr(e), e is g.exception())

c = Future()
seen = []
c.add_done_callback(lambda fut: seen.append(fut.cancelled()))
print(c.cancel(), c.cancel(), masked(repr(c)), states(c), seen)
for meth in (c.result, c.exception):
    try:
        meth()
    except cf.CancelledError as e:
        print(type(e).__name__, repr(e), isinstance(e, cf._base.Error))
print(c.set_running_or_notify_cancel(), masked(repr(c)))
try:
    c.set_result(1)
except cf.InvalidStateError as e:
    print(masked(str(e)))

# A callback that raises is logged on stderr and the others still run.
old, sys.stderr = sys.stderr, io.StringIO()
try:
    h = Future()
    h.add_done_callback(lambda fut: 1 / 0)
    h.add_done_callback(lambda fut: print("after the failing callback"))
    h.set_result(None)
    h.add_done_callback(lambda fut: [][0])
finally:
    log, sys.stderr = sys.stderr.getvalue(), old
lines = log.splitlines()
print(masked(lines[0]))
print([l for l in lines if l.startswith(("ZeroDivisionError", "IndexError", "Traceback"))])
print(masked(repr(h)))

r = Future()
print(r.set_running_or_notify_cancel(), r.cancel(), masked(repr(r)))
r.set_result(None)
print(masked(repr(r)), r.result())

print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.InvalidStateError, cf._base.Error))
print(issubclass(cf.BrokenExecutor, RuntimeError), cf.TimeoutError is TimeoutError)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
# (minipy adds InterpreterPoolExecutor, from 3.14.)
print(sorted(set(cf.__all__) - {"InterpreterPoolExecutor"}))
print(Future[int])
