# Producers and consumers over bounded queues: every item arrives once,
# the checksum is exact, per-producer order is kept (FIFO), and a
# sentinel per consumer ends them.
import threading
import queue

N_PROD, N_CONS, PER = 4, 3, 500
q = queue.Queue(maxsize=8)
lock = threading.Lock()
got = {c: [] for c in range(N_CONS)}

def producer(p):
    for i in range(PER):
        q.put((p, i))

def consumer(c):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        got[c].append(item)
        q.task_done()

prods = [threading.Thread(target=producer, args=(p,)) for p in range(N_PROD)]
cons = [threading.Thread(target=consumer, args=(c,)) for c in range(N_CONS)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
q.join()
for _ in cons:
    q.put(None)
for t in cons:
    t.join()
allitems = [x for c in got for x in got[c]]
print(len(allitems), len(set(allitems)), sum(p * 1000 + i for p, i in allitems))
# Each consumer saw each producer's items in increasing order.
ok = True
for c in got:
    last = {}
    for p, i in got[c]:
        if i <= last.get(p, -1):
            ok = False
        last[p] = i
print("per-producer order kept", ok, q.empty(), q.unfinished_tasks)

# A pipeline of three stages joined by queues.
stage1, stage2, out = queue.Queue(), queue.Queue(), queue.Queue()
def square():
    while (x := stage1.get()) is not None:
        stage2.put(x * x)
    stage2.put(None)
def plus_one():
    while (x := stage2.get()) is not None:
        out.put(x + 1)
    out.put(None)
ts = [threading.Thread(target=square), threading.Thread(target=plus_one)]
for t in ts:
    t.start()
for i in range(10):
    stage1.put(i)
stage1.put(None)
res = []
while (x := out.get()) is not None:
    res.append(x)
for t in ts:
    t.join()
print(res)

# A producer blocked on a full queue resumes when a consumer takes.
bq = queue.Queue(maxsize=1)
bq.put("first")
events = []
def blocked_put():
    bq.put("second")
    events.append("put returned")
t = threading.Thread(target=blocked_put)
t.start()
t.join(0.02)
events.append("still blocked: %s" % t.is_alive())
events.append(bq.get())
t.join()
events.append(bq.get())
print(events)

# A consumer blocked on an empty LifoQueue, and a PriorityQueue filled by
# several threads drained in priority order.
lq = queue.LifoQueue()
res = []
t = threading.Thread(target=lambda: res.append(lq.get(timeout=10)))
t.start()
lq.put("x")
t.join()
pq = queue.PriorityQueue()
ts = [threading.Thread(target=lambda k=k: [pq.put((i * 7 + k) % 50) for i in range(10)]) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
drained = [pq.get() for _ in range(pq.qsize())]
print(res, drained == sorted(drained), len(drained))
