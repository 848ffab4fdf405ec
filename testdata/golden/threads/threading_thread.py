# threading.Thread: names, daemon, start/join/is_alive, identities,
# current_thread, main_thread, enumerate, active_count, subclasses.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(repr(main).startswith("<_MainThread(MainThread, started "))
print(main.ident == threading.get_ident(), type(main.native_id) is int)
print(threading.active_count(), threading.enumerate() == [main])

def f(a, b, c=0):
    out.append((threading.current_thread().name, a + b + c))

out = []
t = threading.Thread(target=f, args=(1, 2), kwargs={"c": 3})
print(t.name, repr(t), t.ident, t.native_id, t.is_alive(), t.daemon)
t.start()
t.join()
print(out, t.is_alive(), type(t.ident) is int, t.ident != main.ident)
print(repr(t).startswith("<Thread(Thread-1 (f), stopped "))
t.join()
t.join(0.1)

for name in ["worker", 42]:
    u = threading.Thread(target=f, args=(0, 1), name=name)
    print(repr(u.name))
u = threading.Thread(target=len)
print(u.name)
u = threading.Thread()
print(u.name)
u.start()
u.join()
u = threading.Thread(target=f, args=(2, 2), daemon=True)
print(u.daemon, repr(u))
u.daemon = False
u.name = "renamed"
print(u.daemon, u.name)
u.start()
u.join()
print(out[-1])

errors = [
    lambda: threading.Thread().join(),
    lambda: threading.current_thread().join(),
    lambda: t.start(),
]
for e in errors:
    try:
        e()
    except RuntimeError as exc:
        print("RuntimeError", exc)
try:
    t.daemon = True
except RuntimeError as exc:
    print("RuntimeError", exc)
try:
    threading.Thread(group=1)
except AssertionError as exc:
    print("AssertionError", exc)

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="W%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n)) + len(threading.enumerate())

ws = [Worker(i * 100) for i in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.name for w in ws], [w.result > 0 for w in ws])

# A daemon thread's children are daemons too.
kinds = []
def parent():
    c = threading.Thread(target=lambda: None)
    kinds.append(c.daemon)
p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
print(kinds)

# join with a timeout returns while the thread still runs.
ev = threading.Event()
slow = threading.Thread(target=ev.wait)
slow.start()
slow.join(0.05)
print(slow.is_alive(), threading.active_count(), slow in threading.enumerate())
ev.set()
slow.join()
print(slow.is_alive(), threading.active_count())

# A thread started by _thread is a dummy thread for threading.
import _thread
seen = []
fin = threading.Lock()
fin.acquire()
def raw():
    ct = threading.current_thread()
    seen.append((ct.name.startswith("Dummy-"), ct.daemon, ct.is_alive()))
    fin.release()
_thread.start_new_thread(raw, ())
fin.acquire()
print(seen)
print(threading.get_ident() == _thread.get_ident(), threading.TIMEOUT_MAX, threading.ThreadError)
