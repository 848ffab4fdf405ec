# A thread pool by hand: workers take jobs from a queue and put results
# (or exceptions) on another; shutdown by one sentinel per worker.
import threading
import queue

class Pool:
    def __init__(self, n):
        self.jobs = queue.Queue()
        self.results = queue.Queue()
        self.workers = [threading.Thread(target=self._work, name="pool-%d" % i, daemon=True) for i in range(n)]
        for w in self.workers:
            w.start()

    def _work(self):
        while True:
            job = self.jobs.get()
            if job is None:
                self.jobs.task_done()
                return
            key, fn, args = job
            try:
                self.results.put((key, "ok", fn(*args)))
            except Exception as e:
                self.results.put((key, "error", repr(e)))
            finally:
                self.jobs.task_done()

    def submit(self, key, fn, *args):
        self.jobs.put((key, fn, args))

    def map(self, fn, items):
        for i, x in enumerate(items):
            self.submit(i, fn, x)
        self.jobs.join()
        out = [None] * len(items)
        while not self.results.empty():
            key, status, value = self.results.get()
            out[key] = value if status == "ok" else status + ": " + value
        return out

    def close(self):
        for _ in self.workers:
            self.jobs.put(None)
        for w in self.workers:
            w.join()

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def inverse(x):
    return 1 / x

pool = Pool(4)
print(pool.map(fib, list(range(15))))
print(pool.map(inverse, [1, 2, 0, 4, 0]))
print(pool.map(str.upper, ["a", "b", 3]))
# Which workers ran is not fixed; every worker is alive until close.
print(all(w.is_alive() for w in pool.workers), sorted(w.name for w in pool.workers))
pool.close()
print(any(w.is_alive() for w in pool.workers), pool.jobs.unfinished_tasks, pool.results.qsize())

# A pool with a shared counter under a lock and results kept in a dict.
counts = {}
lock = threading.Lock()
def tally(word):
    with lock:
        counts[word] = counts.get(word, 0) + 1
    return len(word)
pool = Pool(3)
text = ("the quick brown fox jumps over the lazy dog the end " * 20).split()
lengths = pool.map(tally, text)
pool.close()
print(sum(lengths), sorted(counts.items()))
