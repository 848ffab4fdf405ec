# Interpreter.exec of functions: only code without parameters, closure or
# returned value runs (3.14's checks). Expected output: CPython 3.14's.
from concurrent import interpreters as I
i = I.create()
x = 1
def a(): return 5
def b():
    if x:
        return
    print("b")
def c():
    return None
def d():
    for n in range(3):
        if n == 1:
            return n
def e():
    yield 1
def f():
    print("f runs")
for fn in (a, b, c, d, e, f, lambda: None, lambda: 1):
    try:
        i.exec(fn)
        print(fn.__name__, "ok")
    except Exception as ex:
        print(fn.__name__, type(ex).__name__, ex)
i.close()
