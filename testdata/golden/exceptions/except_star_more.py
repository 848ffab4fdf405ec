import sys
def report(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
for src in ["for i in []:\n  try: pass\n  except* ValueError: break",
            "def f():\n  try: pass\n  except* ValueError: return 1",
            "try: pass\nexcept* (ValueError, ExceptionGroup): pass",
            "try: pass\nexcept*: pass"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
def f1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("both:", repr(e))
def f2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("value part")
f1()
report(f2)
def f3():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        e.add_note("note added in handler")
        raise
report(f3)
def f4():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise KeyError("replacement") from e
report(f4)
def f5():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        pass
    else:
        print("no else")
    finally:
        print("finally runs")
    print("after")
f5()
def f6():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise
    except ExceptionGroup as g:
        print(repr(g), g.exceptions[0].__traceback__ is not None)
f6()
def f7():
    try:
        raise TypeError("not matched")
    except* ValueError:
        print("no")
report(f7)
