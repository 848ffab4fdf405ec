# yield from: delegation, return values, send and throw forwarding.
def inner():
    x = yield "inner 1"
    print("inner received", x)
    yield "inner 2"
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer done"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(list(g))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from range(3)
    yield from "ab"
    r = yield from ()
    print("return of empty delegation:", r)
print(list(from_iterables()))
def catcher():
    try:
        yield 1
    except ValueError:
        yield "inner caught ValueError"
def delegate():
    yield from catcher()
d = delegate()
next(d)
print(d.throw(ValueError))
def closer():
    try:
        yield 1
    finally:
        print("inner finally on close")
c = (lambda: (yield from closer()))()
next(c)
c.close()
