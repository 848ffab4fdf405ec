import asyncio
import contextlib


class ACM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    async def __aenter__(self):
        await asyncio.sleep(0)
        print('enter', self.name)
        return self.name.upper()

    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        print('exit', self.name, et.__name__ if et else None)
        return self.swallow


class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def agen(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            x = yield i
            if x is not None:
                print('agen got', x)
    finally:
        print('agen finally')


@contextlib.asynccontextmanager
async def managed(tag):
    print('acm start', tag)
    try:
        yield tag * 2
    finally:
        print('acm end', tag)


async def main():
    async with ACM('a') as a, ACM('b') as b:
        print('body', a, b)
    async with ACM('c', swallow=True):
        raise KeyError('swallowed')
    try:
        async with ACM('d'):
            raise ValueError('out')
    except ValueError as e:
        print('caught', e)
    async for x in AIter(3):
        print('aiter', x)
    print([x async for x in agen(3)])
    print([x * 2 async for x in AIter(2) if x > 1])
    g = agen(5)
    print(await g.__anext__(), await g.asend('hello'), await anext(g))
    try:
        await g.athrow(RuntimeError('thrown'))
    except RuntimeError as e:
        print('athrow raised', e)
    await g.aclose()
    g2 = agen(2)
    async for x in g2:
        print('break at', x)
        break
    await g2.aclose()
    async with managed(3) as m:
        print('managed', m)
    async with contextlib.AsyncExitStack() as stack:
        v = await stack.enter_async_context(managed(4))
        print('stack', v)
    r = await asyncio.gather(*[asyncio.wait_for(anext(AIter(1)), 1) for _ in range(2)])
    print(r)
    print(await anext(agen(0), 'default'))
    async def inner():
        return [i async for i in agen(2)]
    print(await asyncio.create_task(inner()))

asyncio.run(main())
