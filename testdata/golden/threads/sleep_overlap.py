# time.sleep releases the interpreter lock: two sleeping threads each see
# the other start sleeping while they sleep.
import threading
import time

started = [threading.Event(), threading.Event()]
overlap = []

def sleeper(me):
    started[me].set()
    time.sleep(0.2)
    # The other thread started while this one slept.
    overlap.append(started[1 - me].is_set())

ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(overlap)

# A thread waiting on an Event lets the main thread run meanwhile.
go = threading.Event()
seen = []
w = threading.Thread(target=lambda: seen.append(go.wait(5)))
w.start()
for i in range(1000):
    pass
go.set()
w.join()
print(seen)

# CPU-bound threads interleave (the switch interval hands the lock over).
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
progress = [0, 0]
def spin(i):
    while progress[1 - i] < 3 or progress[i] < 3:
        progress[i] += 1
        for _ in range(100):
            pass
ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(progress[0] >= 3 and progress[1] >= 3)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
sys.setswitchinterval(0.0001234567)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)
