# InterpreterPoolExecutor: submit and map run the calls in the worker
# interpreters (each worker thread owns one), with arguments and results
# pickled across; module state in a worker is its own. Everything runs
# under the __main__ guard: CPython 3.14 runs this script again in each
# worker (as "<fake __main__>") to find the functions defined here.
# Expected output: CPython 3.14's.
from concurrent.futures import InterpreterPoolExecutor, ThreadPoolExecutor, Future
from concurrent import interpreters
import sys

COUNTER = 0
SCALE = 3


def scaled(x):
    return x * SCALE


def bump(n):
    global COUNTER
    COUNTER += n
    return COUNTER


def where():
    return interpreters.get_current().id != interpreters.get_main().id, __name__ != "__main__"


def describe(obj, *, sep="-"):
    return sep.join([type(obj).__name__, repr(obj)])


def main():
    print(issubclass(InterpreterPoolExecutor, ThreadPoolExecutor))
    with InterpreterPoolExecutor(max_workers=1) as ex:
        f = ex.submit(pow, 3, 4)
        print(type(f) is Future, f.result())
        print(ex.submit(scaled, 14).result())
        print(ex.submit(describe, {"a": [1, 2.5]}, sep=":").result())
        print(ex.submit(sorted, {3, 1, 2}).result())
        print(ex.submit(where).result(), where())
        # One worker: its interpreter keeps its module state between calls,
        # which the main interpreter does not see.
        print([ex.submit(bump, n).result() for n in (1, 10, 100)], COUNTER)
        print(list(ex.map(scaled, range(6))))
        print(list(ex.map(divmod, [7, 8, 9], [2, 3, 4])))
        print(ex.submit(len, b"x" * 1000).result())
        print(ex.submit(str.join, ",", ("a", "b")).result())
        print(ex.submit(dict, [(1, (2, 3))], x=None).result())
        print(ex.submit(frozenset, range(3)).result())
    print(COUNTER)
    with InterpreterPoolExecutor(2, thread_name_prefix="interp") as ex:
        fs = [ex.submit(scaled, i) for i in range(10)]
        print([f.result() for f in fs])
        print(sorted(ex._threads, key=lambda t: t.name)[0].name)
    print(interpreters.list_all() == [interpreters.get_main()])


if __name__ == "__main__":
    main()
