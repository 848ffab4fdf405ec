# Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier,
# Timer between threads; results sorted or joined before printing.
import threading
import time

# Many threads incrementing under a Lock.
counter = 0
lock = threading.Lock()
def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc, args=(2000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter)

# RLock re-entered by its owner.
rl = threading.RLock()
def nested(depth):
    with rl:
        return 1 if depth == 0 else 1 + nested(depth - 1)
print("rlock", nested(5), type(rl).__name__, repr(rl).startswith("<unlocked _thread.RLock"))

# Condition: a producer notifies consumers one item at a time.
cond = threading.Condition()
items = []
got = []
def consumer():
    with cond:
        while not items:
            cond.wait()
        got.append(items.pop())
cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs:
    c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for c in cs:
    c.join()
print("condition", sorted(got), repr(cond).startswith("<Condition(<unlocked _thread.RLock"))
with cond:
    print("wait timeout", cond.wait(0.01), cond.wait(0), cond.wait_for(lambda: 42), cond.wait_for(lambda: 0, 0.01))
c2 = threading.Condition(threading.Lock())
with c2:
    c2.notify_all()
    print("plain lock", c2.wait(0.001))
for meth in [cond.wait, cond.notify, cond.notify_all]:
    try:
        meth()
    except RuntimeError as e:
        print("RuntimeError", e)

# wait_for with a predicate another thread makes true.
state = {"ready": False}
def setter():
    with cond:
        state["ready"] = True
        cond.notify_all()
with cond:
    threading.Thread(target=setter).start()
    print("wait_for", cond.wait_for(lambda: state["ready"], 5))

# Semaphore bounds concurrency.
sem = threading.Semaphore(2)
inside = [0]
peak = [0]
def limited():
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.01)
        with lock:
            inside[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore bound kept", 1 <= peak[0] <= 2, repr(sem).endswith("value=2>"))
print(sem.acquire(False), sem.acquire(False), sem.acquire(False))
sem.release(2)
s0 = threading.Semaphore(0)
print(s0.acquire(False), s0.acquire(timeout=0.01), s0.acquire(blocking=True, timeout=0))
s0.release(3)
print(s0.acquire(), s0.acquire(), s0.acquire(False), s0.acquire(False))
for bad in [lambda: threading.Semaphore(-1), lambda: s0.release(0), lambda: s0.acquire(False, 1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)
print(repr(bs).endswith("value=2/2>"))

# Event.
ev = threading.Event()
print("event", ev.is_set(), ev.wait(0.01), repr(ev).endswith(": unset>"))
waiters = []
def waiter(i):
    waiters.append((i, ev.wait(5)))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print(sorted(waiters), ev.is_set(), ev.wait(), repr(ev).endswith(": set>"))
ev.clear()
print(ev.is_set())

# Barrier: every party gets a distinct index; the action runs once.
actions = []
bar = threading.Barrier(4, action=lambda: actions.append("action"))
idx = []
def party():
    idx.append(bar.wait())
ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("barrier", sorted(idx), actions, bar.parties, bar.n_waiting, bar.broken)
print(repr(bar).endswith("waiters=0/4>"))
# Reused for a second round.
ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx), actions)
# A timeout breaks it.
b2 = threading.Barrier(2)
try:
    b2.wait(0.01)
except threading.BrokenBarrierError:
    print("broken", b2.broken, repr(b2).endswith(": broken>"))
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("still broken", type(e).__mro__[1].__name__)
b2.reset()
print(b2.broken)
b3 = threading.Barrier(2)
b3.abort()
print(b3.broken)

# Timer: runs once after its interval; cancel stops it.
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start()
tm.join()
tc = threading.Timer(10, fired.append, args=["cancelled"])
tc.start()
tc.cancel()
tc.join()
print("timer", fired, tm.name.startswith("Thread-"))
