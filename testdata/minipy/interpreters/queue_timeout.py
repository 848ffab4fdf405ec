# Queue.put and Queue.get with block and timeout (small timeouts; only
# deterministic facts printed). Expected output: CPython 3.14's.
from concurrent import interpreters as I
import time
import threading

q = I.create_queue(1)
t0 = time.monotonic()
try:
    q.get(timeout=1)
except I.QueueEmpty as e:
    print("get timed out:", type(e).__name__, e, time.monotonic() - t0 >= 0.9)
q.put(1)
t0 = time.monotonic()
try:
    q.put(2, timeout=1)
except I.QueueFull as e:
    print("put timed out:", type(e).__name__, e, time.monotonic() - t0 >= 0.9)
# 3.14 truncates the timeout with int(): 0.05 does not wait
try:
    q.put(2, timeout=0.05)
except I.QueueFull as e:
    print("put timeout=0.05:", e)
try:
    q.put(2, block=False)
except I.QueueFull as e:
    print("put block=False:", e)
try:
    q.put(2, False, 10)
except I.QueueFull as e:
    print("put False, 10:", e)
print(q.get(timeout=0.05), q.empty())
try:
    q.get(block=False)
except I.QueueEmpty as e:
    print("get block=False:", e)
try:
    q.get(False, 10)
except I.QueueEmpty as e:
    print("get False, 10:", e)
try:
    q.get(timeout=0)
except I.QueueEmpty as e:
    print("get timeout=0:", e)
q.put("x", timeout=0)
print(q.get(timeout=0))
# the timeout is truncated with int(): -0.5 is 0
for bad in (-1, -0.5):
    try:
        q.get(timeout=bad)
    except Exception as e:
        print("get", bad, type(e).__name__, e)
q.put(1)
for bad in (-1, -0.5):
    try:
        q.put(2, timeout=bad)
    except Exception as e:
        print("put", bad, type(e).__name__, e)
print(q.get())
for bad in ([1], {}):
    try:
        q.get(timeout=bad)
    except Exception as e:
        print("get", repr(bad), type(e).__name__)

# a blocked get is woken by a put from another interpreter's thread
i = I.create()
i.prepare_main(q=q)
out = []
g = threading.Thread(target=lambda: out.append(q.get(timeout=5)))
g.start()
time.sleep(0.02)
i.exec("q.put('woken')")
g.join()
print(out)
# a blocked put is released by a get
q.put("first")
p = threading.Thread(target=lambda: q.put("second", timeout=5))
p.start()
time.sleep(0.02)
print(q.get(), q.get(timeout=5), q.empty())
p.join()
# block=True without timeout waits until an item comes
r = threading.Thread(target=lambda: out.append(q.get()))
r.start()
time.sleep(0.02)
q.put("late")
r.join()
print(out)
i.close()
