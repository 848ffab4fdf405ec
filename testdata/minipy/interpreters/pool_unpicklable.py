# InterpreterPoolExecutor with what cannot cross: arguments and results
# that cannot be pickled fail the future with NotShareableError (a
# TypeError); a script string is refused by submit; a function pickle
# cannot name is sent as its code when it has no closure.
# Expected output: CPython 3.14's.
from concurrent.futures import InterpreterPoolExecutor
from concurrent import interpreters
import threading


class Point:
    def __init__(self, x):
        self.x = x


def ident(x):
    return x


def make_lock():
    return threading.Lock()


def make_point(x):
    return Point(x)


def point_x(p):
    return p.x


def gen():
    return (i for i in range(3))


def outer():
    y = 1

    def inner():
        return y
    return inner


def failure(f):
    e = f.exception()
    return type(e).__name__, isinstance(e, TypeError), isinstance(e, interpreters.NotShareableError)


def main():
    with InterpreterPoolExecutor(max_workers=1) as ex:
        print("lock arg:", failure(ex.submit(ident, threading.Lock())))
        print("lock kwarg:", failure(ex.submit(ident, x=threading.Lock())))
        print("lock result:", failure(ex.submit(make_lock)))
        print("generator result:", failure(ex.submit(gen)))
        print("local class result:", failure(ex.submit(make_point, 1)))
        print("closure:", failure(ex.submit(outer())))
        print("lambda:", ex.submit(lambda: 6 * 7).result())
        print("module class arg:", ex.submit(point_x, Point(5)).result())
        try:
            ex.submit("print('hi')")
        except TypeError as e:
            print("script:", type(e).__name__, e)
        # The pool still works.
        print(ex.submit(ident, [1, (2, "three")]).result())
    try:
        InterpreterPoolExecutor(initializer="x = 1")
    except TypeError as e:
        print("script initializer:", e)


if __name__ == "__main__":
    main()
