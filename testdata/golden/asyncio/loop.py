import asyncio, contextvars

var = contextvars.ContextVar('var', default='none')

def cb(*args):
    print('cb', args, var.get())

async def coro():
    return 7

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
loop.call_soon(cb, 1)
h = loop.call_soon(cb, 2)
h.cancel()
ctx = contextvars.copy_context()
ctx.run(var.set, 'in ctx')
loop.call_soon(cb, 3, context=ctx)
loop.call_later(0.2, cb, 'later')
loop.call_at(loop.time() + 0.1, cb, 'at')
print(loop.run_until_complete(coro()))
print(loop.run_until_complete(asyncio.sleep(0.3, 'slept')))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'fut')
print(loop.run_until_complete(fut))
def stopper():
    print('stopping')
    loop.stop()
loop.call_soon(stopper)
loop.run_forever()
for bad in [lambda: loop.call_later(None, cb), lambda: loop.call_at(None, cb)]:
    try:
        bad()
    except TypeError as e:
        print(e)
loop.set_debug(True)
c = coro()
for bad in [lambda: loop.call_soon(coro), lambda: loop.call_soon(1), lambda: loop.call_soon(c)]:
    try:
        bad()
    except TypeError as e:
        print(e)
c.close()
loop.set_debug(False)
print(loop.get_debug())
async def inner():
    for run in [loop.run_until_complete, asyncio.run, loop.run_forever]:
        c = coro()
        try:
            run() if run == loop.run_forever else run(c)
        except RuntimeError as e:
            print(e)
        c.close()
    print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)
cc = inner()
loop.run_until_complete(cc)
print(asyncio.iscoroutinefunction(coro), asyncio.iscoroutine(cc), asyncio.iscoroutinefunction(cb))
def thread_work(x):
    return x * 10
async def use_threads():
    a = await loop.run_in_executor(None, thread_work, 4)
    b = await asyncio.to_thread(thread_work, 5)
    print(a, b)
loop.run_until_complete(use_threads())
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(cb)
except RuntimeError as e:
    print(e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.run(1)
except ValueError as e:
    print(e)
asyncio.set_event_loop(None)
