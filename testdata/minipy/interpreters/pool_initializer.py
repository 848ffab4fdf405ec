# InterpreterPoolExecutor's initializer runs once in each worker
# interpreter, with initargs, before its calls; one that raises breaks
# the pool: the queued calls fail with BrokenInterpreterPool, and so does
# submit afterwards. The failure is logged on the main stderr.
# Expected output: CPython 3.14's.
from concurrent.futures import InterpreterPoolExecutor, BrokenExecutor
from concurrent.futures.interpreter import BrokenInterpreterPool
from concurrent.futures.thread import BrokenThreadPool
from concurrent import interpreters
import io
import sys

TAG = None
INITS = 0


def init(tag, n):
    global TAG, INITS
    TAG = tag * n
    INITS += 1


def tag(x):
    return TAG, INITS, x


def bad_init(q):
    q.get()
    raise OSError("cannot initialize")


def main():
    with InterpreterPoolExecutor(max_workers=2, initializer=init, initargs=("ab", 2)) as ex:
        print([f.result() for f in [ex.submit(tag, i) for i in range(6)]])
        print(list(ex.map(tag, "xyz")))
    print(TAG, INITS)

    q = interpreters.create_queue()
    old, sys.stderr = sys.stderr, io.StringIO()
    try:
        ex = InterpreterPoolExecutor(max_workers=1, initializer=bad_init, initargs=(q,))
        fs = [ex.submit(tag, i) for i in range(3)]
        q.put(None)
        for f in fs:
            e = f.exception()
            print(type(e).__name__, e)
        try:
            ex.submit(tag, 3)
        except BrokenExecutor as e:
            print("submit:", type(e).__name__)
        ex.shutdown()
    finally:
        log, sys.stderr = sys.stderr.getvalue(), old
    lines = log.splitlines()
    print(lines[0], "|", lines[-1])
    print(BrokenInterpreterPool.__mro__[1:3] == (BrokenThreadPool, BrokenExecutor))


if __name__ == "__main__":
    main()
