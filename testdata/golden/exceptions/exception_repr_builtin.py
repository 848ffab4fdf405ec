# repr and str of built-in exceptions created with various arguments.
cases = [ValueError(), ValueError("msg"), ValueError("a", "b"), KeyError("key"), KeyError(1, 2),
         IndexError(3), StopIteration(), StopIteration(7), SystemExit(2), OSError("plain"),
         UnicodeError("u"), AssertionError("failed"), NameError("n"), Exception(None), Exception([])]
for e in cases:
    print(f"{type(e).__name__:16} repr={e!r:28} str={str(e)!r}")
print(repr(BaseException()), str(ArithmeticError("math")), ZeroDivisionError("z").args)
