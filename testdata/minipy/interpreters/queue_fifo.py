# Queue basics: FIFO order, maxsize, full/empty/qsize, the same order when
# several interpreters put and get. Expected output: CPython 3.14's.
from concurrent import interpreters as I

q = I.create_queue()
for n in range(10):
    q.put(n)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(10)], q.empty(), q.qsize())

q = I.create_queue(3)
print(q.maxsize, q.full())
q.put("a")
q.put("b")
print(q.qsize(), q.full())
q.put("c")
print(q.qsize(), q.full(), q.empty())
print(q.get(), q.full(), q.qsize())
q.put("d")
print([q.get() for _ in range(3)], q.empty())

q = I.create_queue(1)
q.put(None)
print(q.full(), q.get(), q.full())

q = I.create_queue(0)
for n in range(1000):
    q.put(n)
print(q.full(), q.qsize(), sum(q.get() for _ in range(1000)))

# interleaved producers keep per-producer FIFO
a = I.create()
b = I.create()
q = I.create_queue()
a.prepare_main(q=q)
b.prepare_main(q=q)
a.exec("for n in range(3): q.put(('a', n))")
b.exec("for n in range(3): q.put(('b', n))")
q.put(("main", 0))
a.exec("q.put(('a', 3))")
print([q.get() for _ in range(q.qsize())])
# a consumer in another interpreter sees main's order
for n in range(5):
    q.put(n * n)
a.exec("print('a got', [q.get() for _ in range(5)], q.empty())")
a.close()
b.close()
