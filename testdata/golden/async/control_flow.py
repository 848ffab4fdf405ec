# Control flow through async with / async for: break, return, exceptions,
# awaits in finally and except blocks, nested async generators.


class P:
    def __await__(self):
        yield "p"


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")


class CM:
    def __init__(self, suppress=False):
        self.suppress = suppress

    async def __aenter__(self):
        await P()
        return 5

    async def __aexit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None, val)
        await P()
        return self.suppress


def run(c):
    try:
        while True:
            print("yielded", c.send(None))
    except StopIteration as e:
        print("result", e.value)
    except Exception as e:
        print("raised", type(e).__name__, e)


async def main():
    async for x in agen():
        print("got", x)
        break
    print("after break")
    async with CM() as v:
        print("v", v)
        return "ret from with"


run(main())


async def suppressed():
    async with CM(True):
        raise KeyError("k")
    return "suppressed"


run(suppressed())


async def not_suppressed():
    async with CM(False):
        raise KeyError("k")


run(not_suppressed())


async def fin():
    try:
        raise ValueError("x")
    finally:
        await P()


run(fin())


async def in_except():
    try:
        1 / 0
    except ZeroDivisionError as e:
        await P()
        return f"handled {e}"


run(in_except())


async def q():
    await P()
    return 9


async def nested_gen():
    async def inner():
        for i in range(3):
            yield i
            await P()

    return [x async for x in inner()], [y for y in [await q() for _ in range(2)]]


run(nested_gen())


async def continue_else():
    out = []
    async for x in agen():
        if x == 1:
            continue
        out.append(x)
    else:
        out.append("else")
    return out


run(continue_else())


async def exc_in_body():
    async for x in agen():
        raise RuntimeError(f"in body {x}")


run(exc_in_body())


async def gen_returns_early():
    g = agen()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    return "ok"


run(gen_returns_early())
