# time.sleep releases the interpreter: sleeping threads overlap, and the
# main thread keeps running while the others sleep.
import threading
import time

N = 4
start = time.monotonic()
ts = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.monotonic() - start
# Serially these sleeps take 0.8 s.
print("overlapped", 0.2 <= elapsed < 0.6)

# The main thread counts while another thread sleeps.
sleeping = threading.Event()
woke = threading.Event()
def sleeper():
    sleeping.set()
    time.sleep(0.1)
    woke.set()
t = threading.Thread(target=sleeper)
t.start()
sleeping.wait()
n = 0
while not woke.is_set():
    n += 1
t.join()
print("main ran meanwhile", n > 0)

# time.sleep(0) lets a waiting thread run.
flag = []
def setter():
    flag.append(1)
t = threading.Thread(target=setter)
t.start()
while not flag:
    time.sleep(0)
t.join()
print("sleep(0) yields", flag)

# Sleeps of different lengths end in order of length.
order = []
lock = threading.Lock()
def nap(i, d):
    time.sleep(d)
    with lock:
        order.append(i)
ts = [threading.Thread(target=nap, args=(i, d)) for i, d in enumerate([0.15, 0.0, 0.3, 0.05])]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order)

for bad in (-1, -0.001):
    try:
        time.sleep(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ("1", None):
    try:
        time.sleep(bad)
    except TypeError as e:
        print("TypeError", e)
