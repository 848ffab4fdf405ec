# The display of exception groups in tracebacks (3.11's boxes), through
# sys.excepthook so that one script shows several, then uncaught.
import sys
def report(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)

def f():
    raise ValueError("v")
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("t") from e

def mixed():
    excs = []
    for fn in (f, g):
        try:
            fn()
        except Exception as e:
            excs.append(e)
    inner = ExceptionGroup("inner", [KeyError("k"), OSError(2, "nope")])
    inner.add_note("inner note")
    try:
        raise inner
    except ExceptionGroup as e:
        excs.append(e)
    eg = ExceptionGroup("outer", excs + [ZeroDivisionError("z")])
    try:
        try:
            raise eg
        except* TypeError:
            print("handled TypeError")
        except* ValueError as e:
            raise RuntimeError("during") from None
    except* KeyError:
        print("handled KeyError")
report(mixed)

def nest(n):
    if n == 0:
        return ValueError("leaf")
    try:
        raise ExceptionGroup(f"level {n}", [nest(n - 1), KeyError(n)])
    except ExceptionGroup as e:
        return e

def wide_and_deep():
    wide = ExceptionGroup("wide", [ValueError(i) for i in range(18)])
    try:
        raise wide
    except Exception as e:
        raise ExceptionGroup("ctx", [nest(12), TypeError("x")])
report(wide_and_deep)

def rec(n):
    if n == 0:
        raise ExceptionGroup("deep", [ValueError(1)])
    rec(n - 1)
report(lambda: rec(10))

def chained_members():
    try:
        1 / 0
    except ZeroDivisionError as z:
        a = ValueError("with context")
        try:
            raise a
        except ValueError as v:
            b = v
    raise ExceptionGroup("members chained", [b, KeyError("plain")])
report(chained_members)

def notes_everywhere():
    e1 = ValueError("one")
    e1.add_note("note on one\nsecond line")
    eg = ExceptionGroup("noted", [e1])
    eg.add_note("group note")
    raise eg
report(notes_everywhere)

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
report(naked_reraise)

def raise_in_two_handlers():
    try:
        raise ExceptionGroup("two", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from ValueError handler")
    except* TypeError as t:
        raise t.exceptions[0]
report(raise_in_two_handlers)
print(repr(ExceptionGroup("a", [ValueError(1)])), str(ExceptionGroup("a", [ValueError(1), ValueError(2)])))
raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(3)])
