import asyncio

async def boom():
    raise ValueError('never seen')

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(t.done())
    del t
    print('after del')
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError('fut'))
    del f
    t2 = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(repr(t2.exception()))

asyncio.run(main())

async def forever():
    await asyncio.Event().wait()

async def main2():
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    print('main2 done')

asyncio.run(main2())

def handler(loop, ctx):
    print('handler:', ctx['message'], repr(ctx.get('exception')))

async def main3():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del t
    loop.call_exception_handler({'message': 'custom'})

asyncio.run(main3())
