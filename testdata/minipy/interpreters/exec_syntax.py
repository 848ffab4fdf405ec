# Bad source given to exec: the SyntaxError is raised in the caller
# (not ExecutionFailed), and the interpreter keeps working.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
for src in ["x = = 1", "def f(:\n    pass", "  x = 1", "if 1:\nx = 2", "return 5",
            "print('a'", "x = 1\ny = (\n", "break", "a b c", "f(**)", "1 +"]:
    try:
        i.exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e, "|", e.lineno, e.filename, isinstance(e, I.ExecutionFailed))
    except I.ExecutionFailed as e:
        print("ExecutionFailed", e.excinfo.type.__name__, e.excinfo.msg)
i.exec("print('still working')")
try:
    i.exec("compile('x = = 1', 'inner', 'exec')")
except I.ExecutionFailed as e:
    print("ExecutionFailed", e.excinfo.type.__name__, "|", e.excinfo.msg)
try:
    i.exec("exec('1 +')")
except I.ExecutionFailed as e:
    print("ExecutionFailed", e.excinfo.type.__name__, "|", e.excinfo.msg)
i.close()
