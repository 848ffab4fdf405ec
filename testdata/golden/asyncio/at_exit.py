import asyncio
async def boom():
    raise ValueError('at exit')
async def forever():
    await asyncio.sleep(100)
loop = asyncio.new_event_loop()
t = loop.create_task(boom())
t2 = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0.01))
print('end of program')
