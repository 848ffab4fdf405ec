# Objects owned by a sub-interpreter, used from threads of main through
# proxies: each thread gets its own thread state in the sub-interpreter,
# and the operations run there, one thread at a time under its lock.
# Expected output: minipy's documented behaviour (PEP 797).
import threading
from concurrent import interpreters as I

sub = I.create()
q = I.create_queue()
sub.prepare_main(q=q)
sub.exec("""
import threading
from concurrent import interpreters as I
class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()
        self.owners = set()
    def deposit(self, n):
        with self.lock:
            self.balance += n
            self.owners.add(I.get_current().id)
        return self.balance
    def __len__(self):
        return len(self.owners)
log = []
q.put(I.SharedObjectProxy(Account()))
q.put(I.SharedObjectProxy(log))
q.put(I.SharedObjectProxy({}))
""")
acct, log, table = q.get(), q.get(), q.get()

def worker(k):
    for n in range(100):
        acct.deposit(1)
    log.append(k)
    table[k] = threading.current_thread().name

ts = [threading.Thread(target=worker, args=(k,), name=f'w{k}') for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(acct.balance, len(acct), sorted(log), sorted(table.items()))
sub.exec("print(log is not None, len(log), sorted(d for d in [1]))")
del acct, log, table
sub.close()
