# Cross-interpreter queues. Expected output: CPython 3.14's.
from concurrent import interpreters as I
import queue
import time

q = I.create_queue()
print(q, q.id, q.maxsize, q.empty(), q.full(), q.qsize(), q.unbounditems)
q.put(1)
q.put("two")
q.put([3, {"k": (4,)}])
q.put((4, None, b"5", 6.5))
q.put(10**40)
print(q.qsize(), q.empty())
print(q.get(), q.get(), q.get(), q.get(), q.get())
try:
    q.get_nowait()
except I.QueueEmpty as e:
    print(type(e).__name__, e, isinstance(e, queue.Empty), isinstance(e, RuntimeError))
try:
    q.get(block=False)
except I.QueueEmpty as e:
    print(type(e).__name__, e)
t0 = time.monotonic()
try:
    q.get(timeout=0.5)
except I.QueueEmpty as e:
    print("after timeout", e)

# items are copies
l = [1]
q.put(l)
r = q.get()
r.append(2)
print(l, r, l is r)

# one handle per id
print(I.Queue(q.id) is q)

# bounded
q2 = I.create_queue(1)
print(q2.maxsize)
q2.put(1)
print(q2.full(), q2.qsize())
try:
    q2.put_nowait(2)
except I.QueueFull as e:
    print(type(e).__name__, e, isinstance(e, queue.Full))
try:
    q2.put(2, block=False)
except I.QueueFull as e:
    print(type(e).__name__, e)
t0 = time.monotonic()
try:
    q2.put(2, timeout=1)
except I.QueueFull as e:
    print("timeout", e, time.monotonic() - t0 >= 1)
print(q2.get(), q2.full())

# bad arguments
try:
    q.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    I.create_queue(unbounditems="x")
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    q.put(1, unbounditems=5)
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    I.Queue("1")
except TypeError as e:
    print(type(e).__name__, e)

# a queue sent to another interpreter is the same queue
i = I.create()
i.prepare_main(q=q)
i.exec("q.put('hi from sub'); print(q, q.id, type(q).__module__)")
print(q.get())
q.put(("from", "main"))
i.exec("print(q.get())")
i.exec("from concurrent import interpreters as I\nq3 = I.create_queue()\nq3.put(7)")
i.exec("q.put(q3)")
q3 = q.get()
print(q3, q3.get())
i.close()
print([c.__name__ for c in I.QueueEmpty.__mro__])
print([c.__name__ for c in I.QueueFull.__mro__])
print([c.__name__ for c in I._queues.ItemInterpreterDestroyed.__mro__])
