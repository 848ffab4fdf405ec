# Context managers that suppress exceptions, and what __exit__ receives.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit: no exception")
            return False
        handled = issubclass(exc_type, self.types)
        print("  exit:", exc_type.__name__, "suppressed" if handled else "passed on")
        print("  traceback present:", tb is not None)
        return handled

for exc in (None, KeyError("x"), IndexError(1), ValueError("v")):
    print("raising", repr(exc))
    try:
        with Suppress(LookupError):
            if exc is not None:
                raise exc
            print("  body ok")
        print("  after with")
    except Exception as e:
        print("  escaped:", type(e).__name__)

# __exit__ returning a truthy non-bool value also suppresses.
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "yes"
with Truthy():
    1 / 0
print("truthy return suppressed the error")

# An exception raised in __exit__ replaces the original.
class Replacer:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Replacer():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# A suppressed exception inside a loop and a function.
def count_errors(values):
    errors = 0
    for v in values:
        with Suppress(ZeroDivisionError):
            print("  ", 10 // v)
            continue
        errors += 1
    return errors
print("errors", count_errors([1, 0, 5, 0]))
