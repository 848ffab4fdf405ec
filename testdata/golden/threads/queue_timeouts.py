# Queue put/get with timeouts between threads: a blocked get is satisfied
# by a put from another thread, a blocked put by a get; timeouts raise
# Empty/Full after at least the time asked.
import queue
import threading
import time

q = queue.Queue()
started = threading.Event()
res = []
def getter():
    started.set()
    res.append(q.get(timeout=10))
t = threading.Thread(target=getter)
t.start()
started.wait()
q.put("delivered")
t.join()
print(res)

full = queue.Queue(maxsize=1)
full.put(0)
started.clear()
def putter():
    started.set()
    full.put(1, timeout=10)
    res.append("put done")
t = threading.Thread(target=putter)
t.start()
started.wait()
print(full.get())
t.join()
print(res, full.get(), full.empty())

for kind, q2, op in [("Queue", queue.Queue(), "get"), ("LifoQueue", queue.LifoQueue(), "get"),
                     ("PriorityQueue", queue.PriorityQueue(), "get"), ("SimpleQueue", queue.SimpleQueue(), "get"),
                     ("Queue(1)", queue.Queue(1), "put")]:
    if op == "put":
        q2.put(0)
    t0 = time.monotonic()
    try:
        if op == "get":
            q2.get(timeout=0.05)
        else:
            q2.put(1, timeout=0.05)
    except (queue.Empty, queue.Full) as e:
        waited = time.monotonic() - t0
        print(kind, type(e).__name__, waited >= 0.049)

# get_nowait/put_nowait never wait.
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("get_nowait Empty")
q3 = queue.Queue(1)
q3.put_nowait(1)
try:
    q3.put_nowait(2)
except queue.Full:
    print("put_nowait Full")

# Several getters wait with timeouts; only as many items as were put are
# delivered, the others time out.
q4 = queue.Queue()
lock = threading.Lock()
outcomes = []
ready = threading.Semaphore(0)
def waiter():
    ready.release()
    try:
        item = q4.get(timeout=0.3)
        with lock:
            outcomes.append(("got", item))
    except queue.Empty:
        with lock:
            outcomes.append(("empty", None))
ts = [threading.Thread(target=waiter) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    ready.acquire()
q4.put("a")
q4.put("b")
for t in ts:
    t.join()
print(sorted(outcomes, key=str))
