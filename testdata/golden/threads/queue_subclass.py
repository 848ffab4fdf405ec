# Queue subclasses overriding the storage hooks (_init, _qsize, _put,
# _get) keep the locking, blocking and task accounting of Queue.
import queue
import threading

class SetQueue(queue.Queue):
    # Drops duplicates, hands out the smallest item.
    def _init(self, maxsize):
        self.items = set()
    def _qsize(self):
        return len(self.items)
    def _put(self, item):
        self.items.add(item)
    def _get(self):
        item = min(self.items)
        self.items.remove(item)
        return item

q = SetQueue()
for x in (5, 3, 5, 1, 3):
    q.put(x)
print(q.qsize(), q.unfinished_tasks, [q.get() for _ in range(q.qsize())], q.empty())

class Bounded(SetQueue):
    pass
b = Bounded(maxsize=2)
b.put(1)
b.put(2)
print(b.full())
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full")

# A consumer thread blocks on the subclass until an item arrives.
got = []
t = threading.Thread(target=lambda: got.append(q.get()))
t.start()
q.put(42)
t.join()
print(got)

# task_done/join work with the overridden storage.
for x in range(4):
    q.put(x)
def worker():
    while True:
        try:
            q.get_nowait()
        except queue.Empty:
            return
        q.task_done()
ws = [threading.Thread(target=worker) for _ in range(2)]
for w in ws:
    w.start()
for w in ws:
    w.join()
# The six items taken earlier without task_done are still counted.
print(q.unfinished_tasks)
for _ in range(q.unfinished_tasks):
    q.task_done()
q.join()
print("joined", q.unfinished_tasks)

class Counting(queue.LifoQueue):
    puts = 0
    def _put(self, item):
        Counting.puts += 1
        super()._put(item)
c = Counting()
for i in range(3):
    c.put(i)
print(Counting.puts, c.get(), c.qsize())
