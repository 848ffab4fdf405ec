# An immortalized exception with a cause and a context (and their
# tracebacks) stays intact; all of it is freed at finalization.
import sys

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer") from KeyError("cause")
except ValueError as e:
    exc = e
sys._immortalize(exc)
print(repr(exc), repr(exc.__cause__), type(exc.__context__).__name__)
print(exc.__traceback__ is not None, exc.__suppress_context__)
print(sys._is_immortal(exc.__cause__), sys._is_immortal(exc.__context__))
