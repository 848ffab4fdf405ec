# Coroutines driven by hand: send(None) until StopIteration, with a tiny
# awaitable that suspends, and CPython's errors.


class Suspend:
    """Awaiting it yields one value to the driver and returns what it sends."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield ("suspend", self.tag)
        return got


async def add(a, b):
    return a + b


async def worker(name):
    x = await add(1, 2)
    y = await Suspend(name)
    z = await add(x, y)
    return f"{name}: {x} {y} {z}"


def run(coro, values=()):
    values = list(values)
    try:
        out = coro.send(None)
        while True:
            print("  driver got", out)
            out = coro.send(values.pop(0) if values else None)
    except StopIteration as e:
        return e.value


print(run(worker("w1"), [10]))

c = worker("w2")
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
print(c.send(None))
print(type(c.cr_await).__name__)
try:
    c.send(5)
except StopIteration as e:
    print("stop", e.value)
print(c.cr_frame)

# reusing an awaited coroutine
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def nothing():
    pass


n = nothing()
try:
    n.send(1)
except TypeError as e:
    print("TypeError:", e)
n.close()

# await on things that are not awaitable
async def bad(x):
    return await x


for obj in [1, "s", None, [1]]:
    co = bad(obj)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)


class AwaitReturnsCoro:
    def __await__(self):
        self.c = nothing()
        self.c.close()
        return self.c


class AwaitReturnsList:
    def __await__(self):
        return [1, 2]


class AwaitIter:
    def __await__(self):
        return iter([1, 2])


for obj in [AwaitReturnsCoro(), AwaitReturnsList(), AwaitIter()]:
    co = bad(obj)
    try:
        print("sent:", co.send(None), co.send(None))
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)
    except StopIteration as e:
        print("StopIteration", e.value)

# coroutines are not iterable
n = nothing()
try:
    iter(n)
except TypeError as e:
    print("TypeError:", e)
n.close()

# throw and close
async def guarded():
    try:
        await Suspend("g")
    except ValueError as e:
        print("caught in coroutine:", e)
        return "recovered"
    finally:
        print("finally runs")


g = guarded()
g.send(None)
try:
    g.throw(ValueError("bad"))
except StopIteration as e:
    print("throw ->", e.value)

g = guarded()
g.send(None)
g.close()
print("closed", g.cr_frame)

# throw into a fresh coroutine
g = guarded()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)

# StopIteration raised in a coroutine
async def leaks():
    raise StopIteration("x")


try:
    leaks().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# __await__ of a coroutine
async def seven():
    await Suspend("s")
    return 7


w = seven().__await__()
print(type(w).__name__, next(w))
try:
    w.send(None)
except StopIteration as e:
    print("wrapper stop", e.value)

# awaiting a coroutine twice
async def twice():
    s = seven()
    async def other():
        return await s
    o = other()
    o.send(None)
    try:
        await s
    except RuntimeError as e:
        print("RuntimeError:", e)
    o.close()


try:
    twice().send(None)
except StopIteration:
    pass

# exceptions propagate out of awaits with tracebacks
async def deep():
    await add(1, "x")


try:
    deep().send(None)
except TypeError as e:
    print("TypeError:", e)

# yield from a coroutine in a plain generator
nc = nothing()


def plain():
    yield from nc


try:
    next(plain())
except TypeError as e:
    print("TypeError:", e)
nc.close()

# the attributes of async generators
async def ag():
    await Suspend("ag")
    yield 1


a = ag()
print([n for n in dir(a) if n.startswith("ag_")], a.ag_running)
an = a.__anext__()
print(an.send(None), a.ag_running, a.ag_await is not None)
print(type(a.ag_await).__name__)
try:
    an.send(None)
except StopIteration as e:
    print("yielded", e.value, a.ag_running)
s7 = seven()
print([n for n in dir(s7) if n.startswith("cr_")])
s7.close()
