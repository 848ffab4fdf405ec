# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue; Empty and Full,
# maxsize, qsize/empty/full, put/get with block and timeout, task_done.
import queue
import threading

print(queue.Empty.__name__, queue.Full.__name__, issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(3)
    for x in (5, 1, 4):
        q.put(x)
    print(cls.__name__, q.maxsize, q.qsize(), q.empty(), q.full(), end=" ")
    try:
        q.put_nowait(9)
    except queue.Full:
        print("Full", end=" ")
    try:
        q.put(9, timeout=0.001)
    except queue.Full:
        print("Full(timeout)", end=" ")
    print([q.get() for _ in range(3)], q.empty(), q.full(), end=" ")
    try:
        q.get(False)
    except queue.Empty:
        print("Empty", end=" ")
    try:
        q.get(True, 0.001)
    except queue.Empty:
        print("Empty(timeout)")

# maxsize <= 0 is unbounded.
for m in (0, -1):
    q = queue.Queue(maxsize=m)
    for i in range(100):
        q.put_nowait(i)
    print(m, q.qsize(), q.full())

# block=False ignores the timeout.
q = queue.Queue(1)
q.put(1)
try:
    q.put(2, False, 100)
except queue.Full:
    print("Full non-blocking")
print(q.get(False, 100))
try:
    q.get(False, 100)
except queue.Empty:
    print("Empty non-blocking")

# task_done and join.
q = queue.Queue()
print(q.unfinished_tasks)
for i in range(3):
    q.put(i)
print(q.unfinished_tasks)
q.get()
q.task_done()
print(q.unfinished_tasks)
q.get(); q.get()
q.task_done(); q.task_done()
q.join()
print("joined", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)

# PriorityQueue keeps ties by the tuple's next element; items that do not
# compare raise TypeError.
pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (2, "a"), (0, "q"), (1, "y")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(pq.qsize())])
pq.put(1)
try:
    pq.put("x")
except TypeError as e:
    print("TypeError", e)

# SimpleQueue: unbounded, FIFO, no task_done.
sq = queue.SimpleQueue()
for i in range(5):
    sq.put(i, block=False, timeout=3)
print(sq.qsize(), sq.empty(), sq.get(), sq.get(block=False), sq.get(timeout=1), sq.get_nowait(), sq.get(True, None))
print(sq.empty(), hasattr(sq, "task_done"), hasattr(sq, "maxsize"))
for kw in [{"timeout": -1}]:
    try:
        sq.get(**kw)
    except ValueError as e:
        print("ValueError", e)
try:
    sq.get(timeout=0)
except queue.Empty as e:
    print("Empty", repr(e))
print(type(sq).__name__, queue.SimpleQueue.__module__, queue.Empty.__module__, queue.Full.__module__)

# Queue attributes
q = queue.Queue(2)
print(type(q.mutex).__name__, type(q.not_empty).__name__, q.not_empty._lock is q.mutex, q.all_tasks_done._lock is q.not_full._lock)
