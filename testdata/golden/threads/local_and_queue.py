# threading.local and the queue module.
import threading
import queue

loc = threading.local()
loc.x = "main"
seen = []
def use():
    seen.append(hasattr(loc, "x"))
    loc.x = threading.current_thread().name
    seen.append(loc.x)
    seen.append(sorted(loc.__dict__))
t = threading.Thread(target=use, name="T")
t.start()
t.join()
print(loc.x, seen, type(loc).__name__, type(loc).__module__)
del loc.x
try:
    loc.x
except AttributeError as e:
    print("AttributeError", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)

class Counter(threading.local):
    def __init__(self, start):
        self.n = start
    def bump(self):
        self.n += 1
        return self.n

c = Counter(10)
c.bump()
res = []
def bumps():
    res.append(c.bump())
ts = [threading.Thread(target=bumps) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(c.n, res)

# Queue: FIFO, maxsize, Full and Empty, timeouts, task_done/join.
q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e).__module__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
bq = queue.Queue(maxsize=2)
bq.put(1)
bq.put_nowait(2)
print(bq.full(), bq.maxsize)
try:
    bq.put(3, block=False)
except queue.Full as e:
    print("Full", repr(e))
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
for bad in [lambda: bq.put(3, timeout=-1), lambda: q.get(timeout=-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

# Producers and consumers with task_done/join.
work = queue.Queue(maxsize=3)
total = []
lock = threading.Lock()
def consume():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            total.append(item * item)
        work.task_done()
cons = [threading.Thread(target=consume) for _ in range(3)]
for c_ in cons:
    c_.start()
def produce(base):
    for i in range(base, base + 50):
        work.put(i)
prods = [threading.Thread(target=produce, args=(b,)) for b in (0, 50)]
for p in prods:
    p.start()
for p in prods:
    p.join()
work.join()
print("sum", sum(total), len(total), work.unfinished_tasks)
for _ in cons:
    work.put(None)
for c_ in cons:
    c_.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError", e)

lq = queue.LifoQueue()
for i in range(4):
    lq.put(i)
print([lq.get() for _ in range(4)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (4, "d"), (1, "b"), (2, "x"), (0, "z"), (9, "y")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])

sq = queue.SimpleQueue()
print(type(sq).__module__, sq.empty())
for i in range(3):
    sq.put(i)
sq.put_nowait(3)
print(sq.qsize(), [sq.get() for _ in range(3)], sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(False)
except queue.Empty:
    print("SimpleQueue Empty nowait")
answers = []
def sget():
    answers.append(sq.get())
t = threading.Thread(target=sget)
t.start()
sq.put("late")
t.join()
print(answers)
