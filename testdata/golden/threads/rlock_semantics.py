# threading.RLock: recursion counts, ownership, release errors, timed
# acquire against another owner, a Condition over an RLock held twice.
import threading
import _thread

r = threading.RLock()
print(type(r) is _thread.RLock, r._is_owned())
print(r.acquire(), r.acquire(), r.acquire(blocking=False), r._is_owned())
for _ in range(3):
    r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

# The owner can re-enter; others wait or fail.
r.acquire()
res = []
def other():
    res.append(r.acquire(False))
    res.append(r.acquire(timeout=0.02))
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
    res.append(r._is_owned())
t = threading.Thread(target=other)
t.start()
t.join()
print(res)
r.release()

# Handing over: the other thread waits until every level is released.
r.acquire()
r.acquire()
started = threading.Event()
log = []
def taker():
    started.set()
    with r:
        log.append("taker in")
t = threading.Thread(target=taker)
t.start()
started.wait()
r.release()
log.append("main released once")
r.release()
t.join()
print(log)

# A Condition over an RLock held twice: wait releases both levels.
cond = threading.Condition(threading.RLock())
flag = []
def notifier():
    with cond:
        flag.append("notifier in")
        cond.notify()
with cond:
    with cond:
        t = threading.Thread(target=notifier)
        t.start()
        print("woken", cond.wait(5), cond._is_owned())
    print("still owned", cond._is_owned())
t.join()
print(flag, cond._is_owned())

# Bad arguments.
for kw in [{"blocking": False, "timeout": 1}, {"timeout": -2}]:
    try:
        r.acquire(**kw)
    except ValueError as e:
        print("ValueError", e)
with r:
    print("with", r._is_owned())
print(r._is_owned())
