# Contention: threads incrementing shared counters under a Lock, an RLock,
# a Semaphore and a Condition give exact totals; with a short switch
# interval the threads interleave while they do it.
import sys
import threading

sys.setswitchinterval(0.0005)
N, PER = 6, 3000

def run(body):
    ts = [threading.Thread(target=body, args=(i,)) for i in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

counter = 0
lock = threading.Lock()
def with_lock(i):
    global counter
    for _ in range(PER):
        with lock:
            counter += 1
run(with_lock)
print("lock", counter)

counter = 0
def acquire_release(i):
    global counter
    for _ in range(PER):
        lock.acquire()
        try:
            counter += 1
        finally:
            lock.release()
run(acquire_release)
print("acquire/release", counter)

counter = 0
rl = threading.RLock()
def with_rlock(i):
    global counter
    for _ in range(PER // 3):
        with rl:
            with rl:
                counter += 1
            counter += 1
        with rl:
            counter += 1
run(with_rlock)
print("rlock", counter)

counter = 0
sem = threading.Semaphore(1)
def with_sem(i):
    global counter
    for _ in range(PER // 10):
        with sem:
            counter += 1
run(with_sem)
print("semaphore", counter)

# Per-thread slots in a list and a dict under one lock, read-modify-write
# of a whole structure.
totals = {}
hist = [0] * N
def mixed(i):
    for k in range(PER // 10):
        with lock:
            totals[k % 7] = totals.get(k % 7, 0) + 1
            hist[i] += 1
run(mixed)
print(sorted(totals.items()), hist)

# Turn-taking under a Condition: each thread adds its id when its turn
# comes, so the sequence is fixed.
cond = threading.Condition()
turn = [0]
seq = []
def taker(i):
    for r in range(5):
        with cond:
            cond.wait_for(lambda: turn[0] % N == i)
            seq.append(i)
            turn[0] += 1
            cond.notify_all()
run(taker)
print(seq == list(range(N)) * 5, len(seq))

# Lock.acquire with a timeout in a contention loop: every try succeeds
# eventually, the count of successes is exact.
counter = 0
def timed(i):
    global counter
    done = 0
    while done < PER // 10:
        if lock.acquire(timeout=1):
            counter += 1
            done += 1
            lock.release()
run(timed)
print("timed", counter)
sys.setswitchinterval(0.005)
