# Calls with *args and **kwargs, and their error messages.
def f(a, b, c=3, *rest, d=4, **kw):
    return a, b, c, rest, d, kw
print(f(1, 2))
print(f(*[1, 2, 3, 4, 5]))
print(f(1, *(2,), *[3, 4], d=0, **{"x": 1}, **{"y": 2}))
print(f(**{"a": "A", "b": "B", "d": "D"}))
print(f(1, 2, c=30, e=50))
def g(*args, **kwargs):
    return args, kwargs
print(g(), g(*"ab", **dict(k=1)))
args = (1, 2)
print(max(*args), print(*args, sep="|"))
for bad in (lambda: f(1), lambda: f(1, 2, a=1), lambda: f(1, 2, **{"d": 1}, d=2),
            lambda: f(*1), lambda: f(**[1]), lambda: g(**{1: 2})):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
def kwonly(*, key):
    return key
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
def posonly(a, /):
    return a
try:
    posonly(a=1)
except TypeError as e:
    print(type(e).__name__, e)
