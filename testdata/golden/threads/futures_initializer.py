# ThreadPoolExecutor's initializer: run once in each worker thread with
# initargs; one that raises breaks the pool (BrokenThreadPool for the
# queued calls and later submits) and is logged on stderr.
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool
import io
import sys
import threading

local = threading.local()
inits = []
lock = threading.Lock()


def init(tag, start):
    with lock:
        inits.append(tag)
    local.tag = tag
    local.count = start


def task(x):
    local.count += 1
    return local.tag, x


with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("T", 100)) as ex:
    gate = threading.Event()
    fs = [ex.submit(lambda: (gate.wait(), task(0))[1]) for _ in range(2)]
    gate.set()
    print([f.result() for f in fs])
    print(list(ex.map(task, range(4))))
print(inits)

try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError", e)


init_gate = threading.Event()


def bad_init():
    init_gate.wait()
    raise OSError("cannot initialize")


old, sys.stderr = sys.stderr, io.StringIO()
try:
    ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
    fs = [ex.submit(pow, 2, i) for i in range(3)]
    init_gate.set()
    errors = []
    for f in fs:
        e = f.exception()
        errors.append((type(e).__name__, str(e)))
    print(errors)
    try:
        ex.submit(pow, 2, 3)
    except BrokenThreadPool as e:
        print("submit:", type(e).__name__, e)
    ex.shutdown()
finally:
    log, sys.stderr = sys.stderr.getvalue(), old
lines = log.splitlines()
print(lines[0], lines[-1])
print(issubclass(BrokenThreadPool, BrokenExecutor), issubclass(BrokenThreadPool, RuntimeError))
