import sys
def report(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
        print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

def cause():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("v") from e
def context():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("v")
def suppressed():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("v") from None
def cause_and_context():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("v") from TypeError("explicit")
def three_levels():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("second")
    except KeyError as e:
        raise RuntimeError("third") from e
def cycle():
    a = ValueError("a")
    b = TypeError("b")
    a.__context__ = b
    b.__context__ = a
    raise a
def cause_cycle():
    a = ValueError("a")
    b = TypeError("b")
    a.__cause__ = b
    b.__cause__ = a
    raise a
def seen_cause_stops():
    a = ValueError("a")
    b = TypeError("b")
    c = KeyError("c")
    b.__context__ = c
    a.__context__ = b
    b.__cause__ = a
    raise a
def suppress_set_by_hand():
    try:
        1 / 0
    except ZeroDivisionError:
        e = ValueError("x")
        e.__suppress_context__ = True
        raise e
def cause_class():
    raise ValueError("v") from KeyError
def context_in_finally():
    try:
        1 / 0
    finally:
        raise ValueError("in finally")
def reraise_in_except():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
def raise_caught_again():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    raise saved
def bad_str():
    class E(Exception):
        def __str__(self):
            raise RuntimeError("no str")
    raise E()
def empty_str():
    class E(Exception):
        def __str__(self):
            return ""
    raise E("hidden")
def module_name():
    class E(Exception):
        __module__ = "some.module"
    raise E("with module")
def nested_class():
    class Outer:
        class Inner(Exception):
            pass
    raise Outer.Inner("qualname")
def keyerror_forms():
    raise KeyError()
def keyerror_two():
    raise KeyError(1, 2)
def exc_args_forms():
    raise ValueError(1, "two", [3])
def generator_context():
    def g():
        try:
            yield 1
        except GeneratorExit:
            raise ValueError("in close")
    it = g()
    next(it)
    it.close()
def stopiteration_in_gen():
    def g():
        next(iter([]))
        yield 1
    list(g())
def stopiteration_return():
    def g():
        raise StopIteration(5)
        yield
    next(g())
for name, f in list(globals().items()):
    if callable(f) and name not in ("report",) and not name.startswith("_"):
        report(f)
