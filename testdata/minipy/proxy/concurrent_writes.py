# Four interpreters, each from its own thread, set and read an attribute
# of one object owned by main (semantics.md case 40): every read sees one
# of the written values, nothing crashes; a lock in the owner makes a
# read-modify-write exact.
# Expected output: minipy's documented behaviour (PEP 797).
import threading
from concurrent import interpreters as I

class Shared:
    def __init__(self):
        self.value = 0
        self.total = 0
        self.lock = threading.Lock()
    def add(self, n):
        with self.lock:
            self.total += n

obj = Shared()
proxy = I.SharedObjectProxy(obj)
seen = I.SharedObjectProxy(set())
subs = [I.create() for _ in range(4)]
for k, s in enumerate(subs):
    s.prepare_main(obj=proxy, seen=seen, k=k)
def run(s):
    s.exec("""
for n in range(200):
    obj.value = 42 if (n + k) % 2 else 0
    seen.add(obj.value)
    obj.add(n)
""")
ts = [threading.Thread(target=run, args=(s,)) for s in subs]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen), obj.value in (0, 42), obj.total == 4 * sum(range(200)))
for s in subs:
    s.close()
