# __cause__, __context__ and __suppress_context__ in chained exceptions.
def attrs(e):
    return (type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(attrs(e))
try:
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("direct cause") from k
except ValueError as e:
    print(attrs(e))
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("no context") from None
except ValueError as e:
    print(attrs(e))
e = RuntimeError("manual")
e.__cause__ = TypeError("set by hand")
print(attrs(e))
try:
    try:
        raise ValueError("a")
    finally:
        raise TypeError("from finally")
except TypeError as t:
    print(attrs(t))
try:
    try:
        raise ValueError("inner")
    except ValueError as v:
        raise v
except ValueError as v2:
    print("re-raised same object has no self-context:", v2.__context__)
