# An object in a cycle holding a queue.Queue and a lock, whose __del__ uses
# them and the queue module at exit: the collection at the modules'
# teardown runs it with threading's and queue's globals whole.
import queue
import threading


class Pool:
    def __init__(self):
        self.q = queue.Queue()
        self.lock = threading.Lock()
        self.me = self

    def __del__(self):
        with self.lock:
            self.q.put(1)
            print("pool del", self.q.qsize(), queue.Empty.__name__, threading.current_thread().name)


p = Pool()
print("done")
