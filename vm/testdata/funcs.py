def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()) if False else len(kw))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
def g(x, /, y):
    return x + y
print(g(1, y=2))
for call in (lambda: f(), lambda: f(1, 2, c=1, x=1, y=2), lambda: g(1, 2, 3), lambda: g(1, x=2, y=3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def h(x, y):
    return x * y
try:
    h(1)
except TypeError as e:
    print(e)
try:
    h(1, 2, y=3)
except TypeError as e:
    print(e)
try:
    h(1, z=3)
except TypeError as e:
    print(e)
print(h(*[3, 4]), h(**{"x": 2, "y": 5}))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
G = 1
def setg():
    global G
    G = 42
setg()
print(G)
print([x * x for x in range(5) if x % 2], {k: v for k, v in zip("ab", range(2))} if False else None)
print({x for x in (1, 2, 2)}, sum(x for x in range(4)) if False else 0)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
print(f"{a!r:>4}|{b}|{3.5:.2f}")
assert a == 1
try:
    assert a == 2, "nope"
except AssertionError as e:
    print("assert", e)
del a
try:
    print(a)
except NameError as e:
    print(e)
