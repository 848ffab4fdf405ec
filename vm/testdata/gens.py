def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "end"
g = gen(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def deleg():
    r = yield from gen(2)
    print("r", r)
    yield 99
print(list(deleg()))
def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError as e:
    print(e)
def closing():
    try:
        yield 1
    finally:
        print("closed")
c = closing()
next(c)
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 2
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print(e)
