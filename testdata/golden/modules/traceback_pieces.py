# The traceback module's API: limits, locals, equality, FrameSummary as a tuple,
# print_exc/format_exc/print_last, and format_exception's pieces (one per
# stack entry, its source line included) for a chained exception.
import sys, traceback
def rec(n):
    if n == 0: raise ValueError("deep")
    rec(n - 1)
try:
    rec(6)
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, limit=3)
    print("".join(te.format()))
    te2 = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(te2.stack.format()[-1])
    print(te == traceback.TracebackException.from_exception(e, limit=3), str(te))
    print(traceback.format_exc(limit=-2))
    fs = te.stack[0]
    print(repr(fs), tuple(fs)[1:3], fs == tuple(fs), len(fs), fs[2])
    traceback.print_exc(limit=1, file=sys.stdout)
try:
    try:
        1/0
    except Exception as e:
        raise KeyError("k") from e
except KeyError as e:
    print(traceback.format_exception(e, limit=1, chain=True))
    print(traceback.format_exception(type(e), e, e.__traceback__, chain=False))
try:
    traceback.format_exception(ValueError, 1)
except ValueError as e: print(e)
try: traceback.print_exception(5)
except TypeError as e: print(e)
print(traceback.format_exception_only(ValueError("x")))
print(traceback.format_list([("a.py", 3, "fn", "x = 1")]))
sys.last_type, sys.last_value, sys.last_traceback = ValueError, ValueError("last"), None
traceback.print_last(file=sys.stdout)
def f(): return traceback.extract_stack()
print([x.name for x in f()][-2:])
print(traceback.format_stack(limit=1))
sys.tracebacklimit = 1
try: rec(3)
except ValueError as e: print(traceback.format_exception(e, limit=None))
