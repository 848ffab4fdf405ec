# ThreadPoolExecutor.shutdown: wait, cancel_futures, submit afterwards,
# the context manager; worker thread names and reuse, max_workers.
from concurrent.futures import ThreadPoolExecutor, CancelledError
import os
import threading


def name():
    return threading.current_thread().name


ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool")
gate = threading.Event()
started = threading.Event()


def first():
    started.set()
    gate.wait()
    return "first"


f1 = ex.submit(first)
started.wait()
queued = [ex.submit(pow, 2, i) for i in range(3)]
print(f1.running(), [f.running() or f.done() for f in queued])
t = threading.Thread(target=lambda: (threading.Event().wait(0.05), gate.set()))
t.start()
ex.shutdown(wait=True, cancel_futures=True)
t.join()
print(f1.result(), [f.cancelled() for f in queued])
try:
    queued[0].result()
except CancelledError as e:
    print("CancelledError", repr(e))
try:
    ex.submit(pow, 2, 2)
except RuntimeError as e:
    print("RuntimeError", e)
ex.shutdown()
ex.shutdown(wait=False)

# shutdown(wait=True) lets queued calls run.
ex = ThreadPoolExecutor(max_workers=2, thread_name_prefix="w")
results = []
fs = [ex.submit(lambda i=i: results.append(i) or i) for i in range(10)]
ex.shutdown()
print(sorted(results), all(f.done() for f in fs))

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="named") as ex:
    gate = threading.Event()
    fs = [ex.submit(lambda: (gate.wait(), name())[1]) for _ in range(3)]
    gate.set()
    print(sorted(f.result() for f in fs))
    print(threading.current_thread().name)

# Without a prefix the threads are named after the pool's number.
with ThreadPoolExecutor(max_workers=1) as ex:
    n = ex.submit(name).result()
    print(n.startswith("ThreadPoolExecutor-"), n.endswith("_0"))

print(ThreadPoolExecutor()._max_workers == min(32, (os.cpu_count() or 1) + 4))
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError", e)

with ThreadPoolExecutor(2) as ex:
    pass
try:
    ex.submit(print)
except RuntimeError as e:
    print(e)

# An exception in the with block still shuts the pool down (waiting).
done = []
try:
    with ThreadPoolExecutor(1) as ex:
        ex.submit(lambda: (threading.Event().wait(0.02), done.append(1)))
        raise KeyError("body")
except KeyError as e:
    print("KeyError", e, done)

# Workers not joined by shutdown(wait=False) end at exit, after their
# calls (and those of a pool never shut down).
e1, e2 = threading.Event(), threading.Event()
ex = ThreadPoolExecutor(2)
ex.submit(lambda: (e1.wait(), print("ran before exit"), e2.set()))
ex.shutdown(wait=False)
left = ThreadPoolExecutor(1)
left.submit(lambda: (e2.wait(), print("a pool never shut down")))
print("end of script")
e1.set()
