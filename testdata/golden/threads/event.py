# threading.Event: set/clear/is_set, wait return values with and without
# timeouts, many waiters released by one set, clear before waiting.
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01), e.wait(timeout=0.001))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(10))
e.set()
e.clear()
e.clear()
print(e.is_set(), e.wait(0))

# Many waiters are released by one set().
go = threading.Event()
entered = threading.Semaphore(0)
results = []
lock = threading.Lock()
def waiter(i):
    entered.release()
    r = go.wait(10)
    with lock:
        results.append((i, r))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for _ in ts:
    entered.acquire()
go.set()
for t in ts:
    t.join()
print(sorted(results))

# A ping-pong between two threads on two events, strictly alternating.
ping, pong = threading.Event(), threading.Event()
log = []
def ponger():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()
t = threading.Thread(target=ponger)
t.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)

# A waiter with a timeout that expires sees False even if set later.
late = threading.Event()
res = []
t = threading.Thread(target=lambda: res.append(late.wait(0.01)))
t.start()
t.join()
late.set()
print(res, late.is_set())
print(repr(threading.Event()).split(": ")[1], repr(late).split(": ")[1])
print(threading.Event().__class__.__name__, threading.Event.__module__)
try:
    threading.Event().wait("x")
except TypeError as ex:
    print("TypeError", ex)
