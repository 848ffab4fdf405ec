# Calls that look like the plain positional case but are not: keyword-only
# parameters (with and without defaults), defaults, *args, **kwargs, and
# methods and classes, each called with exactly ArgCount positional
# arguments, so the fast binding path must fall back where it cannot copy.


def kwonly_default(a, *, b=10):
    return a + b


def kwonly_required(a, *, b):
    return a + b


def with_default(a, b=5):
    return a * b


def star(a, *rest):
    return a, rest


def starstar(a, **kw):
    return a, sorted(kw.items())


def both(a, *rest, c=3, **kw):
    return a, rest, c, sorted(kw.items())


print(kwonly_default(1))
print(kwonly_default(1, b=2))
try:
    kwonly_required(1)
except TypeError as e:
    print("TypeError:", e)
print(kwonly_required(1, b=4))
print(with_default(3))
print(with_default(3, 4))
print(star(1))
print(star(1, 2, 3))
print(starstar(1))
print(starstar(1, x=2))
print(both(1))
print(both(1, 2, c=4, d=5))
try:
    with_default()
except TypeError as e:
    print("TypeError:", e)
try:
    with_default(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class K:
    def __init__(self, x, *, scale=2):
        self.x = x * scale

    def get(self, *, plus=1):
        return self.x + plus

    def pair(self, y):
        return (self.x, y)


k = K(4)
print(k.x, k.get(), k.get(plus=5), k.pair(7))
print(K(4, scale=3).x)
f = k.pair
print(f(8))


def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)


print(rec(200))


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
print(rec(300))
