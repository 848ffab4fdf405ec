# The built-ins aiter() and anext(), with and without a default.


class P:
    def __await__(self):
        yield "p"


async def agen(n):
    for i in range(n):
        await P()
        yield i


class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class NotIter:
    def __aiter__(self):
        return 5


def run(c):
    try:
        while True:
            print("  yielded", c.send(None))
    except StopIteration as e:
        print("result", e.value)
    except Exception as e:
        print("raised", type(e).__name__, e)


async def main():
    g = agen(2)
    print(aiter(g) is g)
    print(await anext(g), await anext(g), await anext(g, "dflt"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    t = aiter(Ticker(1))
    print(await anext(t), await anext(t, None))
    a = anext(agen(1), 0)
    print(type(a).__name__)
    return "done"


run(main())

for bad in [lambda: aiter(1), lambda: aiter(NotIter()), lambda: anext(1), lambda: anext([]), lambda: aiter([])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
