# concurrent.futures.wait (each return_when, timeouts) and as_completed
# (finishing order, duplicates, already-finished futures, timeout), with
# the workers held by events so that the order is fixed.
from concurrent.futures import (ThreadPoolExecutor, Future, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
import threading


def held(gate, value):
    gate.wait()
    if isinstance(value, BaseException):
        raise value
    return value


def names(fs, labels):
    return sorted(labels[f] for f in fs)


with ThreadPoolExecutor(max_workers=4) as ex:
    gates = [threading.Event() for _ in range(4)]
    values = ["a", "b", ValueError("c"), "d"]
    fs = [ex.submit(held, g, v) for g, v in zip(gates, values)]
    labels = {f: v if isinstance(v, str) else "c!" for f, v in zip(fs, values)}

    r = wait(fs, timeout=0.01)
    print(type(r).__name__, names(r.done, labels), names(r.not_done, labels))
    print(r._fields, type(r.done).__name__)

    gates[1].set()
    r = wait(fs, return_when=FIRST_COMPLETED)
    print("first completed:", names(r.done, labels), names(r.not_done, labels))

    gates[2].set()
    r = wait(fs, return_when=FIRST_EXCEPTION)
    print("first exception:", names(r.done, labels), names(r.not_done, labels))
    r = wait(fs, return_when=FIRST_EXCEPTION, timeout=0)
    print("again:", names(r.done, labels))

    gates[0].set()
    gates[3].set()
    r = wait(fs + fs, return_when=ALL_COMPLETED)
    print("all:", names(r.done, labels), names(r.not_done, labels))
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))

    try:
        wait([Future()], return_when="sometimes")
    except ValueError as e:
        print("ValueError", e)
    print(wait([]))

    # as_completed yields in the order the futures finish.
    gates = [threading.Event() for _ in range(4)]
    fs = [ex.submit(held, g, i) for i, g in enumerate(gates)]
    it = as_completed(fs + [fs[0]])
    got = []
    for i in (2, 0, 3, 1):
        gates[i].set()
        got.append(next(it).result())
    print("as_completed:", got, list(it))

    # Finished ones come first; then a timeout for the rest.
    gate = threading.Event()
    ready = Future()
    ready.set_result("ready")
    slow = ex.submit(held, gate, "slow")
    it = as_completed([ready, slow], timeout=0.05)
    print(next(it).result())
    try:
        next(it)
    except TimeoutError as e:
        print("TimeoutError", e)
    gate.set()
    print(slow.result())

    # A cancelled future counts as done once its executor has seen it.
    c = Future()
    c.cancel()
    print(c.set_running_or_notify_cancel())
    print([f.cancelled() for f in as_completed([c])])
    r = wait([c, ready], return_when=FIRST_COMPLETED)
    print(len(r.done), len(r.not_done))
