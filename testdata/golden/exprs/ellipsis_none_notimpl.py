# The singletons: None, Ellipsis, NotImplemented, True and False.
print(None, ..., Ellipsis, NotImplemented, True, False)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(None is None, ... is Ellipsis, type(None)() is None, bool(None), repr(...))
def nothing():
    pass
print(nothing() is None, [None] * 2, {None: ...})
print(None == 0, None != False, None in [0, None], ... == ...)
print(int.__add__(1, "x"), (1).__eq__("x"))
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    no_function = None
    no_function()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
