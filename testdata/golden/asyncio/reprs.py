import asyncio
import re

def noaddr(x):
    return re.sub(r'0x[0-9a-f]+', '0x?', str(x))

async def child():
    await asyncio.sleep(0)
    return 1

async def main():
    loop = asyncio.get_running_loop()
    print(repr(loop))
    f = loop.create_future()
    print(f)
    f.add_done_callback(print)
    print(f)
    f.set_result([1, 2])
    print(f)
    t = asyncio.create_task(child(), name='kid')
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    f2 = loop.create_future(); f2.cancel(); print(f2)
    f3 = loop.create_future(); f3.set_exception(ValueError('x')); print(f3); f3.exception()
    h = loop.call_soon(print, 'hi')
    print(h)
    h.cancel()
    print(h)
    th = loop.call_later(10, print)
    print(type(th).__name__, th.cancelled())
    th.cancel()
    print(noaddr(asyncio.current_task()).split(' cb=')[0])
    for m in ['result', 'exception']:
        try:
            getattr(loop.create_future(), m)()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print(e)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        asyncio.Task(1)
    except TypeError as e:
        print(e)
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print(e)
    print(asyncio.isfuture(f), asyncio.isfuture(1), asyncio.Future, asyncio.Task)
    for x in [asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(3), asyncio.Queue(), asyncio.Condition(), asyncio.Barrier(2)]:
        print(noaddr(repr(x)))
    print(asyncio.TaskGroup(), asyncio.timeout(1))
    print(asyncio.CancelledError.__mro__, asyncio.TimeoutError is TimeoutError)
    print(asyncio.Future[int], asyncio.Queue[str])

asyncio.run(main())

async def waits():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    async def w():
        await f
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    print(t)
    print(f)
    f.set_result(None)
    await t
    print(t)

asyncio.run(waits())
