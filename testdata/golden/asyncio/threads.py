import asyncio
import threading
import time


def blocking(n):
    time.sleep(0.05)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    # to_thread runs the calls in the loop's default executor
    t0 = time.monotonic()
    r = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(3)))
    print(r)
    # a thread hands work to the loop
    got = []

    def from_thread():
        loop.call_soon_threadsafe(got.append, 'threadsafe')
        fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, 'rc'), loop)
        got.append(fut.result(timeout=5))

    th = threading.Thread(target=from_thread)
    th.start()
    while len(got) < 2:
        await asyncio.sleep(0.005)
    th.join()
    print(got)
    # the loop's sleep lets other threads run
    counter = [0]
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            counter[0] += 1
            time.sleep(0.001)

    th = threading.Thread(target=spin)
    th.start()
    await asyncio.sleep(0.1)
    stop.set()
    th.join()
    print(counter[0] > 0)
    import concurrent.futures
    with concurrent.futures.ThreadPoolExecutor(2) as ex:
        print(await loop.run_in_executor(ex, blocking, 7))
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    threading.Timer(0.01, cf.set_result, ('from cf',)).start()
    print(await wrapped)

asyncio.run(main())
