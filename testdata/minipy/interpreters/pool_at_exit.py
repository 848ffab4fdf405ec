# Pools never shut down: at exit their worker threads are woken and
# joined (threading's exit hook) and the worker interpreters closed, an
# InterpreterPoolExecutor used from a ThreadPoolExecutor's worker too.
# Expected output: CPython 3.14's.
from concurrent.futures import InterpreterPoolExecutor, ThreadPoolExecutor
from concurrent import interpreters


def inc(x):
    return x + 1


if __name__ == "__main__":
    ex = InterpreterPoolExecutor(2)
    print(ex.submit(inc, 1).result())
    print(len(interpreters.list_all()))
    tp = ThreadPoolExecutor(1)
    print(tp.submit(ex.submit, inc, 2).result().result())
    print(tp.submit(lambda: list(ex.map(inc, range(3)))).result())
    print("end")
