# Thread.join with timeouts: None, 0, negative, positive; is_alive after
# each; join of a finished thread returns at once.
import threading

stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
for timeout in (0, -1, 0.01, 0.0):
    r = t.join(timeout)
    print(timeout, r, t.is_alive())
r = t.join(timeout=0.02)
print("keyword", r, t.is_alive())
stop.set()
print(t.join(), t.is_alive())
print(t.join(0), t.join(-5), t.join(None), t.is_alive())

# join(timeout) returns before the thread finishes; a later join waits.
log = []
step = threading.Event()
def slow():
    step.wait()
    log.append("slow done")
s = threading.Thread(target=slow)
s.start()
s.join(0.01)
log.append("join timed out, alive=%s" % s.is_alive())
step.set()
s.join()
log.append("joined, alive=%s" % s.is_alive())
print(log)

# Many threads joined in order with timeouts that are long enough.
results = []
def quick(i):
    results.append(i * i)
ts = [threading.Thread(target=quick, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join(30)
print(sorted(results), any(t.is_alive() for t in ts))

# A thread joins another thread.
order = []
a_go = threading.Event()
def a():
    a_go.wait()
    order.append("a")
def b(other):
    other.join()
    order.append("b after a")
ta = threading.Thread(target=a)
tb = threading.Thread(target=b, args=(ta,))
ta.start()
tb.start()
tb.join(0.01)
order.append("b still waiting: %s" % tb.is_alive())
a_go.set()
tb.join()
print(order)
try:
    t.join("x")
except TypeError as e:
    print("TypeError")
