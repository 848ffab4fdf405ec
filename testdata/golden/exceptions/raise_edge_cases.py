import sys
def show(label, fn):
    try:
        r = fn()
    except BaseException as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: returned {r!r}")

def bare_raise():
    raise
show("bare raise", bare_raise)
def raise_int():
    raise 5
show("raise int", raise_int)
def raise_class_not_exc():
    raise int
show("raise class", raise_class_not_exc)
def raise_from_int():
    raise ValueError from 5
show("raise from int", raise_from_int)
def raise_from_class():
    raise ValueError("x") from KeyError
show("raise from class", raise_from_class)
def except_non_exc():
    try:
        1 / 0
    except 5:
        pass
show("except 5", except_non_exc)
def except_tuple_non_exc():
    try:
        1 / 0
    except (ValueError, "x"):
        pass
show("except tuple", except_tuple_non_exc)
def except_no_match_non_exc():
    try:
        pass
    except 5:
        pass
    return "no exception, no check"
show("except unchecked", except_no_match_non_exc)
def finally_return():
    try:
        1 / 0
    finally:
        return "finally wins"
show("finally return", finally_return)
def finally_break():
    for i in range(3):
        try:
            1 / 0
        finally:
            break
    return i
show("finally break", finally_break)
def finally_continue():
    n = 0
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            n += 1
            continue
    return n
show("finally continue", finally_continue)
def return_in_try_finally_raises():
    try:
        return 1
    finally:
        raise KeyError("from finally")
show("finally raises", return_in_try_finally_raises)
def nested_finally_order():
    out = []
    try:
        try:
            raise ValueError("a")
        finally:
            out.append("inner finally")
    except ValueError as e:
        out.append(f"caught {e}")
    finally:
        out.append("outer finally")
    return out
show("nested finally", nested_finally_order)
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("  __exit__", t.__name__ if t else None, v, tb is not None)
        return self.suppress
def with_suppress():
    with CM(True):
        raise ValueError("suppressed")
    return "after with"
show("with suppress", with_suppress)
def with_propagate():
    with CM(False):
        raise ValueError("propagated")
show("with propagate", with_propagate)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from __exit__")
def with_exit_raises():
    with BadExit():
        raise ValueError("original")
show("exit raises", with_exit_raises)
try:
    with_exit_raises()
except KeyError as e:
    print("context of exit error:", repr(e.__context__))
class NoEnter:
    pass
def with_no_enter():
    with NoEnter():
        pass
show("no __enter__", with_no_enter)
class NoExit:
    def __enter__(self):
        return self
def with_no_exit():
    with NoExit():
        pass
show("no __exit__", with_no_exit)
def with_traceback():
    e = ValueError("tb")
    try:
        1 / 0
    except ZeroDivisionError as z:
        tb = z.__traceback__
    return e.with_traceback(tb).__traceback__ is tb
show("with_traceback", with_traceback)
def set_bad_traceback():
    ValueError().__traceback__ = 5
show("bad __traceback__", set_bad_traceback)
def set_bad_cause():
    ValueError().__cause__ = 5
show("bad __cause__", set_bad_cause)
def set_bad_context():
    ValueError().__context__ = "x"
show("bad __context__", set_bad_context)
def args_forms():
    return [str(ValueError()), str(ValueError("a")), str(ValueError("a", 2)), repr(ValueError("a", 2)),
            str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(KeyError("k")),
            str(OSError(2, "No such file")), repr(OSError(2, "x")), str(OSError(2, "x", "f.txt")),
            str(OSError(2, "x", "a", None, "b")), type(OSError(13, "denied")).__name__,
            str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")),
            str(SyntaxError("msg", ("f.py", 3, 4, "text", 3, 5))),
            str(StopIteration(5)), StopIteration(5).value, SystemExit(3).code,
            str(ImportError("m", name="n", path="p")), ImportError("m", name="n").name]
show("args forms", args_forms)
def exception_args_mutation():
    e = ValueError("a")
    e.args = ("b", "c")
    return str(e), repr(e)
show("args mutation", exception_args_mutation)
def exc_info_nested():
    out = []
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            out.append(repr(sys.exc_info()[1]))
        out.append(repr(sys.exc_info()[1]))
    out.append(sys.exc_info())
    return out
show("exc_info nesting", exc_info_nested)
def exception_in_generator_handler():
    def g():
        try:
            yield 1
        except ValueError as e:
            yield f"gen caught {e}"
    it = g()
    next(it)
    return it.throw(ValueError("thrown"))
show("throw", exception_in_generator_handler)
def throw_class():
    def g():
        yield 1
    it = g()
    next(it)
    it.throw(KeyError)
show("throw class", throw_class)
def close_suspended():
    def g():
        try:
            yield 1
        finally:
            print("  generator finally")
    it = g()
    next(it)
    it.close()
    return "closed"
show("close", close_suspended)
def unbound_in_except():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
show("name deleted after except", unbound_in_except)
def raise_in_del_name():
    x = 1
    del x
    del x
show("del twice", raise_in_del_name)
def exc_group_errors():
    out = []
    for args in (("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError())):
        try:
            ExceptionGroup(*args)
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    try:
        ExceptionGroup("m", [KeyboardInterrupt()])
    except TypeError as e:
        out.append(str(e))
    out.append(type(BaseExceptionGroup("m", [ValueError()])).__name__)
    return out
show("group errors", exc_group_errors)
