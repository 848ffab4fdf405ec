# time.sleep releases the interpreter lock: two threads are seen inside
# their sleeps at the same time.
import threading
import time

asleep = 0
seen = []
meet = threading.Barrier(2)

def sleeper():
    global asleep
    meet.wait()
    asleep += 1
    time.sleep(0.2)
    # The other thread entered its sleep while this one slept.
    seen.append(asleep)
    asleep -= 1

ts = [threading.Thread(target=sleeper) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(max(seen))

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
