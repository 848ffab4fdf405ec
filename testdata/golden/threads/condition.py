# threading.Condition: wait and wait_for with and without timeouts,
# notify(n) waking exactly n waiters, notify_all, the FIFO order of
# waking, errors on an un-acquired lock.
import threading
import time

cond = threading.Condition()
ready = []      # waiters that reached cond.wait
woken = []

def waiter(i):
    with cond:
        ready.append(i)
        cond.notify_all()          # tell the main thread
        cond.wait_for(lambda: i in allowed)
        woken.append(i)
        cond.notify_all()          # the main thread waits for this

allowed = set()
ts = []
for i in range(5):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    with cond:
        cond.wait_for(lambda: i in ready)
    ts.append(t)
with cond:
    allowed.update({0, 1})
    cond.notify_all()
with cond:
    cond.wait_for(lambda: len(woken) == 2)
    print("woken", sorted(woken))
with cond:
    allowed.update({2, 3, 4})
    cond.notify_all()
for t in ts:
    t.join()
print("all", sorted(woken))

# notify(n): with three plain waiters, notify(2) wakes two.
c = threading.Condition(threading.Lock())
waiting = 0
wakes = []
def plain(i):
    global waiting
    with c:
        waiting += 1
        r = c.wait(10)
        wakes.append(i)
ts = [threading.Thread(target=plain, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
# Wait until all three sit in wait() (they hold the lock until then).
while True:
    with c:
        if waiting == 3 and len(c._waiters) == 3:
            break
    time.sleep(0.001)  # let the other threads take the lock
with c:
    c.notify(2)
while True:
    with c:
        if len(wakes) == 2:
            break
    time.sleep(0.001)  # let the other threads take the lock
print("after notify(2):", len(wakes), len(c._waiters))
with c:
    c.notify()
for t in ts:
    t.join()
print("after notify():", len(wakes), len(c._waiters))

# FIFO order: waiters notified one at a time wake in arrival order.
c = threading.Condition()
order = []
arrived = []
def fifo(i):
    with c:
        arrived.append(i)
        c.wait()
        order.append(i)
ts = []
for i in range(4):
    t = threading.Thread(target=fifo, args=(i,))
    t.start()
    while True:
        with c:
            if len(c._waiters) == i + 1:
                break
        time.sleep(0.001)  # let the other threads take the lock
    ts.append(t)
for i in range(4):
    with c:
        c.notify()
    while True:
        with c:
            if len(order) == i + 1:
                break
        time.sleep(0.001)  # let the other threads take the lock
for t in ts:
    t.join()
print("fifo", order, arrived)

# Timeouts.
with cond:
    print(cond.wait(0.01), cond.wait(timeout=0), cond.wait_for(lambda: [], 0.01), cond.wait_for(lambda: "yes", 0))
    print(cond.notify(0), cond.notify(5), cond.notify_all())
for name in ("wait", "wait_for", "notify", "notify_all"):
    try:
        if name == "wait_for":
            cond.wait_for(lambda: True)
            print("wait_for with a true predicate does not check the lock")
            cond.wait_for(lambda: False, 0)
        else:
            getattr(cond, name)()
    except RuntimeError as e:
        print(name, "RuntimeError", e)

# The Condition is a context manager returning the lock's __enter__.
c2 = threading.Condition(threading.Lock())
with c2 as got:
    print("enter returns", got)
print(c2.acquire(), c2.acquire(False))
c2.release()
print(isinstance(cond._lock, type(threading.RLock())))
