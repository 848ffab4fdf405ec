# InterpreterPoolExecutor: shutdown with cancel_futures while a worker is
# held, submit after shutdown, the worker interpreters closed by
# shutdown, callbacks (run in the main interpreter), as_completed, and
# the default thread names.
# Expected output: CPython 3.14's.
from concurrent.futures import InterpreterPoolExecutor, as_completed, CancelledError
from concurrent import interpreters
import threading


def held(q, r, value):
    r.put("started")
    q.get()
    return value


def main():
    ex = InterpreterPoolExecutor(max_workers=1)
    q, r = interpreters.create_queue(), interpreters.create_queue()
    first = ex.submit(held, q, r, "first")
    print(r.get())
    queued = [ex.submit(pow, 2, i) for i in range(3)]
    calls = []
    queued[0].add_done_callback(lambda f: calls.append(("cb", f.cancelled(), threading.current_thread().name)))
    first.add_done_callback(lambda f: calls.append(("cb", f.result(), threading.current_thread().name)))
    print(len(interpreters.list_all()), first.running(), [f.running() for f in queued])
    ex.shutdown(wait=False, cancel_futures=True)
    q.put(None)
    ex.shutdown(wait=True)
    print(first.result(), [f.cancelled() for f in queued])
    print(calls)
    try:
        queued[1].result()
    except CancelledError as e:
        print(type(e).__name__)
    try:
        ex.submit(pow, 2, 2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(len(interpreters.list_all()))

    with InterpreterPoolExecutor(max_workers=3) as ex:
        q, r = interpreters.create_queue(), interpreters.create_queue()
        fs = [ex.submit(held, q, r, i) for i in range(3)]
        for _ in fs:
            r.get()
        got = []
        it = as_completed(fs)
        for i in range(3):
            q.put(None)
            got.append(next(it).result())
        print(sorted(got))
        print(sorted(t.name for t in ex._threads))
    print(len(interpreters.list_all()))


if __name__ == "__main__":
    main()
