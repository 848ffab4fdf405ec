import asyncio

async def ok(n):
    for _ in range(n):
        await asyncio.sleep(0)
    print('ok', n)
    return n

async def fail(n, exc):
    for _ in range(n):
        await asyncio.sleep(0)
    raise exc

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow cancelled')
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(1))
        b = tg.create_task(ok(2), name='bee')
    print(a.result(), b.result(), b.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(fail(1, ValueError('boom')))
            tg.create_task(fail(2, TypeError('bang')))
    except* ValueError as eg:
        print('ValueErrors', eg.exceptions)
    except* TypeError as eg:
        print('TypeErrors', eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, KeyError('k')))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        print(repr(eg), eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            raise RuntimeError('body')
    except ExceptionGroup as eg:
        print(repr(eg))
    tg = asyncio.TaskGroup()
    c = ok(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)
    # a cancellation from outside goes through the group
    async def cancel_me():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            await asyncio.sleep(10)
    cm = asyncio.create_task(cancel_me())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    cm.cancel()
    try:
        await cm
    except asyncio.CancelledError:
        print('cancel_me cancelled', cm.cancelled())
    # timeout
    try:
        async with asyncio.timeout(0.01) as cm:
            print(cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('timed out', cm.expired(), type(e).__name__)
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        await asyncio.sleep(0)
    async with asyncio.timeout(1) as cm:
        print(round(cm.when() - asyncio.get_running_loop().time()))
        cm.reschedule(None)
        await asyncio.sleep(0.001)
    print(repr(cm))
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.005):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at fired')

asyncio.run(main())

async def nested():
    # the inner timeout expires; the outer one does not
    try:
        async with asyncio.timeout(5):
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print('inner expired', inner.expired())
    try:
        async with asyncio.timeout(0) as t:
            await asyncio.sleep(0)
    except TimeoutError:
        print('zero timeout', t.expired())
    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print(e)
    try:
        async with asyncio.timeout(0.01) as t:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('cancelled inside, swallowed')
    except TimeoutError:
        print('not raised')
    print(t.expired(), repr(t))

asyncio.run(nested())
