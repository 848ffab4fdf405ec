class MyError(Exception):
    pass
def f():
    try:
        raise MyError("x")
    except MyError as e:
        print("caught", repr(e))
        raise ValueError("y") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e.__context__))
def fin():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return "ret"
        finally:
            print("finally", i)
print(fin())
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
with CM() as cm:
    raise RuntimeError("suppressed")
print("after with")
try:
    raise
except RuntimeError as e:
    print(e)
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)
try:
    raise (ValueError, KeyError)[0]
except (KeyError, ValueError) as e:
    print("tuple match", type(e).__name__)
