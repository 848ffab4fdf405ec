import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * 2

async def main():
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 2))
    print(await t1, await t2)
    r = await asyncio.gather(worker('x', 2), worker('y', 3), asyncio.sleep(0.01, 'slept'))
    print(r)
    print(t1.done(), t1.result(), t1.get_name(), t2.get_name())
    return 42

print(asyncio.run(main()))
