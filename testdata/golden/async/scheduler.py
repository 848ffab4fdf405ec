# A tiny round-robin scheduler written in Python drives several coroutines
# that yield to the loop, talk through a queue, use async with, async for,
# async generators and async comprehensions.


class Sleep:
    def __await__(self):
        yield "sleep"


class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"[{name}] finished -> {e.value!r}")
            except Exception as e:
                self.results[name] = e
                print(f"[{name}] failed -> {type(e).__name__}: {e}")
            else:
                self.ready.append((name, coro))
        return self.results


class Queue:
    def __init__(self):
        self.items = []

    async def put(self, x):
        self.items.append(x)
        await Sleep()

    async def get(self):
        while not self.items:
            await Sleep()
        return self.items.pop(0)


class Lock:
    def __init__(self, name):
        self.name = name
        self.held = False

    async def __aenter__(self):
        while self.held:
            await Sleep()
        self.held = True
        print("  lock", self.name, "acquired")
        return self

    async def __aexit__(self, typ, val, tb):
        self.held = False
        print("  lock", self.name, "released", typ.__name__ if typ else None)
        await Sleep()
        return typ is KeyError


class Ticker:
    """A class-based async iterator."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Sleep()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def agen(n):
    for i in range(n):
        await Sleep()
        yield i * 10
    print("  agen done")


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("  produced", i)
    await q.put(None)
    return "produced all"


async def consumer(q):
    total = 0
    while (x := await q.get()) is not None:
        print("  consumed", x)
        total += x
    return total


lock = Lock("L")


async def critical(tag, fail=None):
    async with lock as l:
        print("  in critical", tag, l is lock)
        await Sleep()
        if fail:
            raise fail
    return tag


async def iterate():
    got = []
    async for t in Ticker(3):
        got.append(t)
    async for v in agen(3):
        got.append(v)
    else:
        got.append("else")
    return got


async def comprehensions():
    a = [x async for x in agen(3)]
    b = [x async for x in Ticker(4) if x % 2 == 0]
    c = {x: x * x async for x in Ticker(2)}
    d = [await q for q in [Wrap(1), Wrap(2)]]
    e = {x async for x in agen(2)}
    return a, b, c, d, e


class Wrap:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield "wrap"
        return self.v


async def gen_expr():
    g = (x + 1 async for x in agen(3))
    print("  genexpr type", type(g).__name__)
    return [y async for y in g]


loop = Loop()
q = Queue()
loop.spawn("producer", producer(q, 3))
loop.spawn("consumer", consumer(q))
loop.spawn("crit1", critical("one"))
loop.spawn("crit2", critical("two", KeyError("suppressed")))
loop.spawn("crit3", critical("three", ValueError("boom")))
loop.spawn("iter", iterate())
loop.spawn("comp", comprehensions())
loop.spawn("genexpr", gen_expr())
res = loop.run()
for k in sorted(res, key=str):
    print(k, repr(res[k]))
