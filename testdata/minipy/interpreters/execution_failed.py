# ExecutionFailed: its excinfo fields (type namespace, msg, formatted,
# errdisplay) and its str; it is an InterpreterError and does not match
# the original type. Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
try:
    i.exec("raise ValueError('boom')")
except I.ExecutionFailed as e:
    ex = e
print(type(ex).__name__, [c.__name__ for c in type(ex).__mro__])
print(isinstance(ex, I.InterpreterError), isinstance(ex, ValueError))
info = ex.excinfo
print(type(info).__name__)
print(repr(info.type.__name__), repr(info.type.__qualname__), repr(info.type.__module__))
print(repr(info.msg))
print(repr(info.formatted))
print(repr(info.errdisplay))
print(str(ex))
print("---")
print(ex.args[0] is info, len(ex.args))
print(sorted(k for k in vars(info)))
print(sorted(k for k in vars(info.type)))

i.exec("""
class Custom(Exception):
    pass
class Outer:
    class Inner(LookupError):
        pass
""")
for src in ["raise Custom('a', 'b')", "raise Outer.Inner()", "raise Custom", "assert False",
            "assert 1 == 2, 'not equal'", "import nosuchmodule_xyz", "{}['k']", "[][0]", "1/0",
            "undefined_name", "None.attr", "int('x')", "raise Exception(1, 2)"]:
    try:
        i.exec(src)
    except I.ExecutionFailed as e:
        t = e.excinfo.type
        print(t.__name__, t.__qualname__, t.__module__, "|", repr(e.excinfo.msg), "|", e.excinfo.formatted)
        print(e.excinfo.errdisplay.splitlines()[-1])

try:
    i.exec("""
def f():
    g()
def g():
    raise KeyError('deep')
f()
""")
except I.ExecutionFailed as e:
    print(e.excinfo.errdisplay)
    print(str(e))
try:
    i.exec("""
try:
    1/0
except ZeroDivisionError as e:
    raise RuntimeError('wrapped') from e
""")
except I.ExecutionFailed as e:
    print(e.excinfo.formatted)
    print(e.excinfo.errdisplay)
    print(e.__cause__, e.__context__)
i.close()
