# ThreadPoolExecutor.submit and map: results in order whatever order the
# workers finish in, several iterables, exceptions raised where the
# iteration reaches them, map's timeout (a task held by an event), and
# the futures that map cancels when its iterator is dropped.
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading


def square(x):
    return x * x


def add(a, b, c=0):
    return a + b + c


def fail_on(x, bad):
    if x == bad:
        raise ValueError("bad %d" % x)
    return x


with ThreadPoolExecutor(max_workers=4) as ex:
    f = ex.submit(add, 1, 2, c=3)
    print(f.result(), f.done(), f.exception())
    print(ex.submit(pow, 2, 100).result())
    print(ex.submit(sorted, [3, 1, 2], reverse=True).result())
    e = ex.submit(int, "x")
    print(repr(e.exception()))
    try:
        e.result()
    except ValueError as err:
        print("result raised", err)

    print(list(ex.map(square, range(20))))
    print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
    print(list(ex.map(square, [], timeout=1)))
    print(list(ex.map(square, range(5), chunksize=3)))

    # The results come in order even when later calls finish first.
    gates = [threading.Event() for _ in range(4)]
    order = []

    def held(i):
        gates[i].wait()
        order.append(i)
        return i * 10

    it = ex.map(held, range(4))
    for g in reversed(gates):
        g.set()
        threading.Event().wait(0.01)
    print(list(it))

    it = ex.map(fail_on, range(5), [2] * 5)
    print(next(it), next(it))
    try:
        next(it)
    except ValueError as err:
        print("map raised", err)
    print(list(it))

    # A call that does not end before map's timeout.
    gate = threading.Event()
    it = ex.map(lambda x: gate.wait() and x, [1, 2])
    try:
        list(ex.map(lambda x: gate.wait() and x, [1, 2], timeout=0.05))
    except TimeoutError as err:
        print("map timed out", type(err).__name__, err.args)
    gate.set()
    print(list(it))

    # Submitting from inside a task.
    print(ex.submit(lambda: ex.submit(square, 7).result()).result())

print(list(ThreadPoolExecutor(1).map(str, range(3))))
