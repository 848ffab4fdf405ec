# concurrent.interpreters (PEP 734): creating interpreters, exec, errors.
# Expected output: CPython 3.14's (python3.14 -u).
from concurrent import interpreters as I

i = I.create()
print(i, i.id, i.whence)
print(I.get_main(), I.get_main().id, I.get_main().whence)
print(I.list_all(), I.get_current())
assert I.get_current() is I.get_current()
assert I.get_main() is I.list_all()[0]
assert hash(i) == hash(1)

# state persists between exec calls
i.exec("x = 1")
i.exec("print('x is', x, __name__)")
i.exec("assert x == 1")


def script():
    print("a function's code runs in", __name__)
    y = 40 + 2
    print(y)


i.exec(script)
i.exec(compile("print('a code object')", "<string>", "exec"))

# an uncaught exception
try:
    i.exec("def f():\n    raise ValueError('boom')\nf()")
except I.ExecutionFailed as e:
    print([c.__name__ for c in type(e).__mro__])
    print(e.excinfo.type)
    print(e.excinfo.type.__name__, e.excinfo.type.__qualname__, e.excinfo.type.__module__)
    print(repr(e.excinfo.msg))
    print(repr(e.excinfo.formatted))
    print(repr(e.excinfo.errdisplay))
    print(str(e))
    print(repr(e), e.args)
    assert isinstance(e, I.InterpreterError)
    assert not isinstance(e, ValueError)

try:
    i.exec("class MyError(Exception):\n    pass\nraise MyError('mine')")
except I.ExecutionFailed as e:
    print(e.excinfo.type, e.excinfo.formatted)

try:
    i.exec("import nosuchmodule_xyz")
except I.ExecutionFailed as e:
    print(e.excinfo.formatted)

# errors raised in the caller
try:
    i.exec("x = (")
except SyntaxError as e:
    print("SyntaxError:", e)


def closure_maker():
    z = 1

    def closure():
        print(z)
    return closure


def with_args(a):
    pass


for bad in [42, None, lambda: 1, with_args, closure_maker()]:
    try:
        i.exec(bad)
    except Exception as e:
        print(type(e).__name__, e)

print(i.is_running())
i.close()
print(I.list_all())
