# threading.Barrier: parties, n_waiting while threads wait, the action,
# abort and reset breaking waiting threads, a failing action, timeouts.
import threading

def wait_until(pred):
    ev = threading.Event()
    while not pred():
        ev.wait(0.001)

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
results = []
lock = threading.Lock()
def party(bar, name):
    try:
        r = bar.wait()
        with lock:
            results.append((name, "passed", r))
    except threading.BrokenBarrierError as e:
        with lock:
            results.append((name, type(e).__name__))

ts = [threading.Thread(target=party, args=(b, i)) for i in range(2)]
for t in ts:
    t.start()
wait_until(lambda: b.n_waiting == 2)
print("waiting", b.n_waiting, b.broken)
idx = b.wait()
for t in ts:
    t.join()
print("indexes", sorted([r[2] for r in results] + [idx]), b.n_waiting)

# abort() breaks the waiting threads and every later wait.
results.clear()
b = threading.Barrier(3)
ts = [threading.Thread(target=party, args=(b, i)) for i in range(2)]
for t in ts:
    t.start()
wait_until(lambda: b.n_waiting == 2)
b.abort()
for t in ts:
    t.join()
print("abort", sorted(results), b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("later wait", repr(e))
b.reset()
print("reset", b.broken, b.n_waiting)

# reset() while threads wait: they get BrokenBarrierError, the barrier
# is usable again.
results.clear()
ts = [threading.Thread(target=party, args=(b, i)) for i in range(2)]
for t in ts:
    t.start()
wait_until(lambda: b.n_waiting == 2)
b.reset()
for t in ts:
    t.join()
print("reset while waiting", sorted(results), b.broken)
results.clear()
ts = [threading.Thread(target=party, args=(b, i)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("reused", sorted(r[:2] for r in results))

# The action runs once per round, in the last thread to arrive; if it
# raises, that thread gets the exception and the others BrokenBarrierError.
calls = []
def action():
    calls.append(threading.current_thread().name)
b = threading.Barrier(2, action=action)
t = threading.Thread(target=b.wait, name="first")
t.start()
wait_until(lambda: b.n_waiting == 1)
b.wait()
t.join()
print("action ran in", calls)

def bad_action():
    raise ValueError("action failed")
b = threading.Barrier(2, action=bad_action)
results.clear()
t = threading.Thread(target=party, args=(b, "other"))
t.start()
wait_until(lambda: b.n_waiting == 1)
try:
    b.wait()
except ValueError as e:
    print("last arriver:", e)
t.join()
print(results, b.broken)

# Timeouts: per call and the barrier's default.
b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("default timeout broke it", b.broken)
b = threading.Barrier(2)
try:
    b.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("call timeout broke it", b.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError), threading.BrokenBarrierError.__module__)
b = threading.Barrier(1)
print("one party", b.wait(), b.wait())
for bad in (0, -1):
    try:
        threading.Barrier(bad)
        print("Barrier(%d) accepted" % bad)
    except ValueError as e:
        print("ValueError", e)
