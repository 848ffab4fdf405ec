import asyncio

# Jobs take a number of loop steps (sleep(0)), not time, so that the
# order is the same on a loaded machine.
async def job(n, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    if n == 3:
        raise KeyError(n)
    return n

async def main():
    tasks = [asyncio.create_task(job(i, 2 * i), name=f'job{i}') for i in range(1, 5)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print([t.exception() for t in tasks])
    long = asyncio.create_task(asyncio.sleep(10))
    done, pending = await asyncio.wait([long], timeout=0.01)
    print(len(done), len(pending), long in pending)
    long.cancel()
    for coro in asyncio.as_completed([job(5, 3), job(6, 1), job(7, 2)]):
        print('as_completed', await coro)
    try:
        for coro in asyncio.as_completed([asyncio.sleep(10), job(8, 0)], timeout=0.01):
            print('as_completed', await coro)
    except TimeoutError as e:
        print('as_completed timed out', type(e).__name__)
    for bad in [lambda: asyncio.wait([]), lambda: asyncio.wait(tasks, return_when='x')]:
        try:
            await bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    j = job(1, 0)
    try:
        await asyncio.wait([j])
    except TypeError as e:
        print(type(e).__name__, e)
    j.close()
    try:
        await asyncio.wait(tasks[0])
    except TypeError as e:
        print(e)
    print(await asyncio.wait_for(job(9, 3), timeout=None))
    try:
        await asyncio.wait_for(job(10, 3), timeout=0)
    except TimeoutError as e:
        print('wait_for(0)', type(e).__name__)

asyncio.run(main())
