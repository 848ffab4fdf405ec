import traceback, sys
traceback.print_exc(file=sys.stdout)
print(repr(traceback.format_exc()))
def f():
    raise KeyError("x")
try:
    f()
except KeyError as e:
    exc = e
te = traceback.TracebackException(type(exc), exc, exc.__traceback__, limit=1)
print("".join(te.format()), end="")
print(te == traceback.TracebackException.from_exception(exc, limit=1))
s = traceback.StackSummary.from_list([("f.py", 1, "g", "pass"), traceback.FrameSummary("h.py", 2, "k", line="x = 1")])
print(s.format())
print(repr(traceback.FrameSummary("f.py", 3, "m", lookup_line=False)))
fs = traceback.FrameSummary("nofile.py", 3, "m")
print(fs.line, fs.locals)
try:
    traceback.print_exception(ValueError, ValueError("v"))
except ValueError as e:
    print(e)
traceback.print_exception(ValueError, ValueError("v"), None, file=sys.stdout)
traceback.print_exception(ValueError("w"), file=sys.stdout)
print(traceback.format_exception_only(ValueError, ValueError("old style")))
try:
    traceback.format_exception(1)
except TypeError as e:
    print(e)
class E(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(E()))
try:
    raise E
except E:
    traceback.print_exc(file=sys.stdout)
