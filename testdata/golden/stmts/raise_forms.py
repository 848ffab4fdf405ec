# raise, raise from, bare raise, raise ... from None, raising classes.
def show(e):
    print(type(e).__name__, repr(e), "cause:", repr(e.__cause__),
          "context:", repr(e.__context__), "suppress:", e.__suppress_context__)

try:
    raise ValueError
except ValueError as e:
    show(e)

try:
    raise ValueError("with message")
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    show(e)

try:
    try:
        raise KeyError("orig")
    except KeyError:
        print("re-raising")
        raise
except KeyError as e:
    show(e)

try:
    raise TypeError("explicit cause") from ValueError("the cause")
except TypeError as e:
    show(e)

try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise ValueError from 42
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# Raising an exception class instantiates it.
class MyErr(Exception):
    def __init__(self):
        super().__init__("made by raise")
try:
    raise MyErr
except MyErr as e:
    show(e)
