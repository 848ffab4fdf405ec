import asyncio

async def sleeper(name, d):
    try:
        print(name, 'start')
        await asyncio.sleep(d)
        print(name, 'end')
        return name
    except asyncio.CancelledError as e:
        print(name, 'cancelled', e.args)
        raise
    finally:
        print(name, 'finally')

async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('swallowed')
    return 'swallowed-result'

async def main():
    t = asyncio.create_task(sleeper('t', 10))
    await asyncio.sleep(0)
    print(t.cancel('stop it'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main saw', type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result raised', e.args)
    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    # cancel before first step
    u = asyncio.create_task(sleeper('u', 1))
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        print('u cancelled before start', u.cancelled())
    # wait_for timeout
    try:
        await asyncio.wait_for(sleeper('w', 10), 0.01)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(sleeper('v', 0.001), 1))
    # shield
    inner = asyncio.create_task(sleeper('inner', 0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner', inner.cancelled())
    print(await inner)
    # gather with exceptions
    async def bad(x):
        await asyncio.sleep(0)
        raise ValueError(x)
    r = await asyncio.gather(bad(1), sleeper('g', 0), bad(2), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(bad(3), sleeper('h', 0.01))
    except ValueError as e:
        print('gather raised', e)
    await asyncio.sleep(0.02)
    g = asyncio.gather(sleeper('c1', 1), sleeper('c2', 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')
    r = await asyncio.gather(sleeper('d1', 1), asyncio.sleep(0), return_exceptions=True) if False else None
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))

asyncio.run(main())
