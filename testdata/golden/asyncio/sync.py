import asyncio

async def locker(lock, name, log):
    async with lock:
        log.append(name + '+')
        await asyncio.sleep(0)
        log.append(name + '-')

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locker(lock, n, log) for n in 'abc'))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    ev = asyncio.Event()
    async def waiter(i):
        print('waiting', i)
        await ev.wait()
        print('woke', i)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    ev.clear(); print(ev.is_set())
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            print('in', i, sem.locked())
            for _ in range(i):
                await asyncio.sleep(0)
            print('out', i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire(); bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    cond = asyncio.Condition()
    items = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print('consumer', i, 'got', items.pop())
    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for x in range(3):
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)
    q = asyncio.Queue(maxsize=2)
    async def producer():
        for i in range(5):
            await q.put(i)
            print('put', i, q.qsize(), q.full())
        await q.put(None)
    async def cons():
        while True:
            item = await q.get()
            q.task_done()
            print('got', item)
            if item is None:
                break
    await asyncio.gather(producer(), cons())
    await q.join()
    print(q.empty(), str(q))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q.put_nowait(1); q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull', str(q))
    try:
        q.task_done(); q.task_done(); q.task_done()
    except ValueError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])

asyncio.run(main())

async def more():
    # Barrier (3.11)
    b = asyncio.Barrier(3)
    async def party(i):
        for _ in range(i):
            await asyncio.sleep(0)
        print('party', i, 'arrives', b.n_waiting)
        idx = await b.wait()
        print('party', i, 'passes', idx)
    await asyncio.gather(*(party(i) for i in range(3)))
    print(b.parties, b.n_waiting, b.broken)
    # a lock waiter cancelled while queued
    lock = asyncio.Lock()
    await lock.acquire()
    async def want(i):
        async with lock:
            print('want', i, 'has lock')
    ws = [asyncio.create_task(want(i)) for i in range(3)]
    await asyncio.sleep(0)
    ws[0].cancel()
    lock.release()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([type(r).__name__ for r in res])
    # Event.wait with wait_for timeout
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print('event wait timed out', repr(ev).endswith('[unset]>'))
    # queue get cancelled
    q = asyncio.Queue()
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    print(g.cancelled(), str(q))
    q.put_nowait('x')
    print(await q.get())

asyncio.run(more())
