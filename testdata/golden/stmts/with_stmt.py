# with statements: one item, several items, nesting, return values of
# __enter__, exceptions passed to __exit__, and suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with CM("a") as v:
    print("body with", v)

with CM("a") as x, CM("b") as y:
    print("body with", x, y)

with CM("outer"):
    with CM("inner"):
        print("nested body")

with CM("quiet", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("first", suppress=True), CM("second"):
        raise KeyError("k")
except KeyError:
    print("not reached: the first manager suppresses")
print("after multi")

try:
    with CM("loud"):
        raise TypeError("propagates")
except TypeError as e:
    print("caught", e)

# __exit__ runs on return.
def f():
    with CM("func"):
        return "returned"
print(f())

# Targets can be any assignment target.
class Holder:
    pass
h = Holder()
with CM("attr") as h.value:
    pass
print(h.value)
with CM("tuple") as (p, *q):
    print(p, q)

try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
