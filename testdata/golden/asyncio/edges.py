import asyncio

async def main():
    loop = asyncio.get_running_loop()
    # awaiting a custom awaitable through ensure_future
    class Aw:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'custom'
    print(await asyncio.ensure_future(Aw()))
    print(await asyncio.gather(Aw(), Aw()))
    # bad yields
    class Bad:
        def __await__(self):
            yield 123
    async def bad_yield():
        await Bad()
    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print(str(e).split(':')[0])
    # await itself
    async def selfish():
        await asyncio.current_task()
    try:
        await asyncio.create_task(selfish())
    except RuntimeError as e:
        print(str(e)[:30])
    # future awaited twice, result reused
    f = loop.create_future()
    loop.call_soon(f.set_result, 5)
    print(await f, await f)
    # cancel with message propagates to awaiting task
    async def sleeper():
        await asyncio.sleep(10)
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel('why')
    try:
        await t
    except asyncio.CancelledError as e:
        print('args', e.args)
    # uncancel / cancelling
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel(); t.cancel()
    print(t.cancelling(), t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())
    # gather of the same coroutine object twice
    c = asyncio.sleep(0, 'same')
    print(await asyncio.gather(c, c))
    # done callbacks order and context
    f = loop.create_future()
    f.add_done_callback(lambda fut: print('cb1', fut.result()))
    f.add_done_callback(lambda fut: print('cb2'))
    print(f.remove_done_callback(print))
    f.set_result('r')
    await asyncio.sleep(0)
    # wait_for on a task that ignores cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'ignored'
    print(await asyncio.wait_for(stubborn(), 0.01))
    # shield: cancelling the waiter does not cancel inner
    inner = asyncio.create_task(asyncio.sleep(0.01, 'inner done'))
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled')
    print(await inner)
    print(len(asyncio.all_tasks()))
    # semaphore as context, queue join with workers
    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    seen = []
    async def worker(name):
        while True:
            item = await q.get()
            seen.append((name, item))
            q.task_done()
    ws = [asyncio.create_task(worker(n)) for n in 'ab']
    await q.join()
    for w in ws:
        w.cancel()
    print(await asyncio.gather(*ws, return_exceptions=True))
    print(seen)

asyncio.run(main())
