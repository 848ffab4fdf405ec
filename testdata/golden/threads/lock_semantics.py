# threading.Lock: acquire(blocking, timeout) return values, release by
# another thread, the errors of release and of bad arguments.
import threading
import _thread

print(threading.Lock is _thread.allocate_lock, type(threading.Lock()) is _thread.LockType)
lk = threading.Lock()
print(lk.acquire(), lk.locked())
print(lk.acquire(False), lk.acquire(blocking=False), lk.acquire(timeout=0), lk.acquire(True, 0.01))
lk.release()
print(lk.locked(), lk.acquire(True, 0.01), lk.acquire(timeout=0.001))
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print(type(e).__name__, e)
for args, kw in [((False, 0.5), {}), ((), {"timeout": -5}), ((), {"blocking": False, "timeout": 1}), ((1, 2, 3), {}), ((), {"x": 1}), ((), {"timeout": "1"})]:
    try:
        lk.acquire(*args, **kw)
        print("no error", args, kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(lk.locked())
print(lk.acquire(timeout=-1), lk.locked())
lk.release()

# A plain Lock may be released by a thread that does not hold it.
lk.acquire()
t = threading.Thread(target=lk.release)
t.start()
t.join()
print("released by other:", lk.locked())

# A waiter blocked in acquire gets the lock when the holder releases.
lk.acquire()
order = []
started = threading.Event()
def waiter():
    started.set()
    got = lk.acquire()
    order.append(("waiter got", got))
    lk.release()
w = threading.Thread(target=waiter)
w.start()
started.wait()
order.append("main releases")
lk.release()
w.join()
print(order)

# A timed acquire fails while another thread holds the lock.
held = threading.Event()
done = threading.Event()
def holder():
    with lk:
        held.set()
        done.wait()
h = threading.Thread(target=holder)
h.start()
held.wait()
print("while held:", lk.acquire(False), lk.acquire(timeout=0.02), lk.locked())
done.set()
h.join()
print("after:", lk.acquire(timeout=1), lk.locked())
lk.release()

# with on a lock, also when the body raises.
try:
    with lk:
        print("inside", lk.locked())
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e, lk.locked())
print(lk.__enter__(), lk.locked(), lk.__exit__(None, None, None), lk.locked())
