import asyncio, contextvars
req = contextvars.ContextVar('req')

async def handler(n):
    req.set(n)
    await asyncio.sleep(0.001 * (3 - n))
    return f'{n}:{req.get()}'

async def main():
    req.set('main')
    r = await asyncio.gather(*(handler(i) for i in range(3)))
    print(r, req.get())
    ctx = contextvars.copy_context()
    ctx.run(req.set, 'custom')
    t = asyncio.create_task(asyncio.sleep(0, 'x'), context=ctx)
    print(await t, t.get_context() is ctx if hasattr(t, 'get_context') else None)
    async def peek():
        return req.get()
    print(await asyncio.create_task(peek(), context=ctx))

asyncio.run(main())
print(req.get('unset'))
