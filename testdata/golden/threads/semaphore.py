# Semaphore and BoundedSemaphore: counts, release(n), timeouts, waking
# blocked threads, ValueError on over-release.
import threading
import time

s = threading.Semaphore(3)
print([s.acquire(False) for _ in range(4)], s._value)
s.release()
s.release(2)
print(s._value, s.acquire(timeout=0.01), s._value)
s = threading.Semaphore()
print(s._value, s.acquire(), s.acquire(blocking=True, timeout=0.01), s.acquire(False))

# release(n) wakes n blocked acquirers.
s = threading.Semaphore(0)
got = []
lock = threading.Lock()
def take(i):
    s.acquire()
    with lock:
        got.append(i)
ts = [threading.Thread(target=take, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
s.release(3)
while True:
    with lock:
        if len(got) == 3:
            break
    time.sleep(0.001)  # let the other threads take the lock
print("three got through", len(got), s._value)
s.release()
for t in ts:
    t.join()
print(sorted(got), s._value)

# with on a semaphore.
s = threading.Semaphore(1)
with s:
    print("inside", s._value, s.acquire(False))
print("after", s._value)

b = threading.BoundedSemaphore(2)
print(b.acquire(), b.acquire(), b.acquire(False))
b.release()
b.release()
for n in (1, 3):
    try:
        b.release(n)
    except ValueError as e:
        print("ValueError", e)
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("ValueError release(2) with one held:", e)
b.release(1)
print(b._value, b._initial_value)
b0 = threading.BoundedSemaphore(0)
try:
    b0.release()
except ValueError as e:
    print("ValueError", e)

for bad in [lambda: threading.Semaphore(-1), lambda: threading.BoundedSemaphore(-3),
            lambda: s.release(0), lambda: s.release(-1), lambda: s.acquire(False, 2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(issubclass(threading.BoundedSemaphore, threading.Semaphore))
print(repr(threading.Semaphore(5)).split(" at ")[0], repr(threading.Semaphore(5)).split(": ")[1])
print(repr(threading.BoundedSemaphore(5)).split(" at ")[0], repr(threading.BoundedSemaphore(5)).split(": ")[1])
