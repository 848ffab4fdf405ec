# semantics.md section 5, case 40: four interpreters, each from its own
# thread, concurrently set an attribute of one object owned by main to
# 42 or 0 and read it back. Decision: each operation runs whole in the
# owner under its lock, so every read sees 42 or 0 (never a torn or
# foreign value) and nothing crashes; the same holds for items of a
# proxied dict and for a proxied list's appends (none lost).
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import threading
from concurrent import interpreters as I

class Shared:
    value = 0

obj = Shared()
table = {}
log = []
P = I.SharedObjectProxy
interps = [I.create() for _ in range(4)]
for k, it in enumerate(interps):
    it.prepare_main(proxy=P(obj), table=P(table), log=P(log), me=k)
    it.exec("""
bad = []
def work(n):
    for j in range(n):
        proxy.value = 42 if (j + me) % 2 else 0
        v = proxy.value
        if v not in (0, 42):
            bad.append(v)
        table[me, j % 5] = v
        if table.get((me, j % 5)) not in (0, 42):
            bad.append('table')
        log.append(me)
""")
threads = [threading.Thread(target=it.exec, args=("work(200)",)) for it in interps]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(obj.value in (0, 42), sorted(set(table.values())), len(table), len(log))
print([log.count(k) for k in range(4)])
for it in interps:
    it.exec("print('bad reads:', bad)")
    it.close()
