# Proxies used from threads: each thread keeps its own thread state in the
# owner, so threading.local data seen by proxied code is per thread and
# stable (semantics.md case 31); many threads in many interpreters
# increment one counter guarded by a lock inside it (case 32).
# Expected output: minipy's documented behaviour (PEP 797).
import threading
from concurrent import interpreters as I

local = threading.local()
local.v = 42

def swap():
    old = getattr(local, 'v', None)
    local.v = 24
    return old

def ident():
    return threading.get_ident()

sub = I.create()
sub.prepare_main(swap=I.SharedObjectProxy(swap), ident=I.SharedObjectProxy(ident))
sub.exec("""
import threading
assert swap() == 42
assert ident() == threading.get_ident()
print('same thread ident in both interpreters')
""")
print(local.v)

# A thread of main calling into the sub-interpreter has its own state there.
def worker(out):
    sub.exec("import threading; r = (swap(), ident() == threading.get_ident())")
    out.append('done')
out = []
t = threading.Thread(target=worker, args=(out,))
t.start()
t.join()
sub.exec("print(r)")
print(out, local.v)

class Counter:
    def __init__(self):
        self.n = 0
        self.lock = threading.Lock()
    def increment(self):
        with self.lock:
            self.n += 1

counter = Counter()
proxy = I.SharedObjectProxy(counter)
subs = [I.create() for _ in range(4)]
for s in subs:
    s.prepare_main(counter=proxy)
def run(s):
    s.exec("for _ in range(100): counter.increment()")
ts = [threading.Thread(target=run, args=(s,)) for s in subs]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter.n)

# Threads of a sub-interpreter using a proxy of main's list.
items = []
sub.prepare_main(items=I.SharedObjectProxy(items))
sub.exec("""
import threading
def add(k):
    for j in range(50):
        items.append(k)
ts = [threading.Thread(target=add, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
""")
print(len(items), sorted(set(items)), [items.count(k) for k in range(3)])
for s in subs:
    s.close()
sub.close()
