# Producers and consumers in three interpreters joined by two queues,
# each run from a thread of main: every item arrives once, in order per
# producer, and the sums match. Expected output: CPython 3.14's.
from concurrent import interpreters as I
import threading

work = I.create_queue(10)
results = I.create_queue()
producers = [I.create() for _ in range(2)]
consumer = I.create()
for n, p in enumerate(producers):
    p.prepare_main(work=work, base=n * 1000)
consumer.prepare_main(work=work, results=results)
threads = [threading.Thread(target=p.exec, args=("""
for k in range(200):
    work.put((base, base + k, [k] * (k % 3)))
work.put((base, None, None))
""",)) for p in producers]
ct = threading.Thread(target=consumer.exec, args=("""
done = 0
seen = {}
total = 0
while done < 2:
    base, v, extra = work.get()
    if v is None:
        done += 1
        continue
    assert v > seen.get(base, -1), (base, v)
    seen[base] = v
    total += v + sum(extra)
results.put((total, sorted(seen.items())))
""",))
ct.start()
for t in threads:
    t.start()
for t in threads:
    t.join()
ct.join()
total, seen = results.get()
expected = sum(b + k + k * (k % 3) for b in (0, 1000) for k in range(200))
print(total, total == expected, seen)
print(work.empty(), results.empty())
for x in producers + [consumer]:
    x.close()
print(I.list_all())
