# semantics.md section 5, cases 31 and 32: thread states and threads.
# Decisions: a thread switching into the owner reuses its own thread
# state there, so threading.local data seen by proxied code belongs to
# the calling OS thread and stays from one call to the next (31: the
# main thread's value is the one the sub-interpreter's code sees when
# the main thread runs it; another thread starts with none); threads of
# several interpreters calling into one owner are serialized by the
# owner's lock, and a Lock inside the object makes the count exact (32).
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import threading
from concurrent import interpreters as I

local = threading.local()
local.v = 42

def swap(new=24):
    old = getattr(local, 'v', None)
    local.v = new
    return old

print('case 31')
interp = I.create()
interp.prepare_main(proxy=I.SharedObjectProxy(swap))
interp.exec("assert proxy() == 42")
print(local.v)
interp.exec("print(proxy(7), proxy(8))")
print(local.v)

results = []
def worker(name):
    interp.exec(f"r = (proxy('{name}'), proxy('{name}-2'))")
    results.append(interp.call(eval, 'r'))
t = threading.Thread(target=worker, args=('t1',), name='t1')
t.start()
t.join()
t = threading.Thread(target=worker, args=('t2',), name='t2')
t.start()
t.join()
print(results, local.v)
interp.exec("""
import threading
seen = []
def sub_thread():
    seen.append(proxy('sub-thread'))
    seen.append(proxy('again'))
th = threading.Thread(target=sub_thread)
th.start()
th.join()
print(seen)
""")
print(local.v)

print('case 32')
class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
    def increment(self):
        with self.lock:
            self.value += 1

counter = Counter()
proxy = I.SharedObjectProxy(counter)
interps = [I.create() for _ in range(4)]
for it in interps:
    it.prepare_main(counter=proxy)
threads = [threading.Thread(target=it.exec, args=("for _ in range(100): counter.increment()",)) for it in interps]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.value)
for it in interps:
    it.exec("""
import threading
ts = [threading.Thread(target=lambda: [counter.increment() for _ in range(25)]) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
""")
print(counter.value)
for it in interps:
    it.close()
interp.close()
