# InterpreterPoolExecutor: each worker thread owns its own interpreter
# (two calls held at once run in two of them, neither the main one);
# arguments are copies, so a call mutating one leaves the caller's alone;
# modules imported and globals set by calls stay in their worker.
# Expected output: CPython 3.14's.
from concurrent.futures import InterpreterPoolExecutor, wait
from concurrent import interpreters
import sys

STATE = "main"


def held(q, r):
    r.put(interpreters.get_current().id)
    q.get()
    return interpreters.get_current().id


def mutate(items):
    items.append("worker")
    return items


def set_state(value):
    global STATE
    old, STATE = STATE, value
    return old


def imports():
    import math
    return "math" in sys.modules, math.floor(2.5)


def main():
    main_id = interpreters.get_current().id
    with InterpreterPoolExecutor(max_workers=2) as ex:
        q, r = interpreters.create_queue(), interpreters.create_queue()
        fs = [ex.submit(held, q, r) for _ in range(2)]
        started = {r.get(), r.get()}
        print(len(started), main_id in started)
        q.put(None)
        q.put(None)
        ids = {f.result() for f in fs}
        print(ids == started)
        print(len(interpreters.list_all()))

        items = ["main"]
        print(ex.submit(mutate, items).result(), items)

        # A global set by a call is set in that worker only.
        print(ex.submit(set_state, "changed").result(), STATE)
        print("math" in sys.modules, ex.submit(imports).result())
    print("math" in sys.modules, STATE)
    print(len(interpreters.list_all()))


if __name__ == "__main__":
    main()
