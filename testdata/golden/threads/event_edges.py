# threading.Event's edges: wait with a zero, negative or NaN timeout only
# looks; a bad timeout raises what the comparison or the lock says; the
# repr names the (sub)class; __init__ takes no argument; set() wakes every
# waiter.
import threading

e = threading.Event()
print(repr(e).split(" at ")[0], repr(e).endswith(": unset>"))
print(e.wait(0), e.wait(-1), e.wait(float("nan")), e.wait(0.001), e.wait(timeout=0))
for bad in ("a", None.__class__, [1]):
    try:
        e.wait(bad)
    except TypeError as x:
        print("TypeError:", x)
try:
    e.wait(1e300)
except OverflowError as x:
    print("OverflowError:", x)
try:
    threading.Event(1)
except TypeError as x:
    print(x)
try:
    threading.Event(flag=True)
except TypeError as x:
    print(x)


class Named(threading.Event):
    def __init__(self, name):
        super().__init__()
        self.name = name


n = Named("n")
print(repr(n).split(" at ")[0], n.name, isinstance(n, threading.Event))
n.set()
print(repr(n).endswith(": set>"), n.is_set(), n.wait(), n.wait(0))

gate = threading.Event()
ready = threading.Semaphore(0)
woke = []


def waiter(i):
    ready.release()
    woke.append((i, gate.wait(5)))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
gate.set()
for t in threads:
    t.join()
print(sorted(woke), gate.is_set())
