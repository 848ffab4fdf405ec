# InterpreterPoolExecutor: an exception raised by a call in a worker
# interpreter comes back as itself (pickled), with the ExecutionFailed
# summary of the worker as its __cause__; one that cannot be pickled
# (its class is not importable) comes back as the ExecutionFailed.
# Expected output: CPython 3.14's.
from concurrent.futures import InterpreterPoolExecutor, wait, as_completed
from concurrent import interpreters
import io
import sys


class Local(Exception):
    pass


def quiet():
    # The worker reports an exception it cannot send on its stderr.
    sys.stderr = io.StringIO()


def fail(kind, *args):
    raise kind(*args)


def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e


def local():
    raise Local("not importable here")


def check(x):
    if x % 3 == 2:
        raise ValueError(f"bad {x}")
    return x


def show(e):
    cause = e.__cause__
    print(" ", type(e).__name__, e.args, type(cause).__name__)
    if isinstance(cause, interpreters.ExecutionFailed):
        info = cause.excinfo
        print("  excinfo:", info.type.__name__, repr(info.msg))
        print("  summary:", str(cause).splitlines()[:3])


def main():
    with InterpreterPoolExecutor(max_workers=1, initializer=quiet) as ex:
        for args in [(ValueError, "v"), (KeyError, "k"), (ZeroDivisionError,),
                     (OSError, 2, "No such file"), (TypeError, 1, [2], {"3": 4}),
                     (ArithmeticError, "a" * 50)]:
            f = ex.submit(fail, *args)
            e = f.exception()
            print(args[0].__name__, type(e) is args[0], e.__traceback__ is None)
            show(e)
            try:
                f.result()
            except args[0] as err:
                print("  result() raised", type(err).__name__, err is e)
        e = ex.submit(fail, OSError, 2, "No such file").exception()
        print(e.errno, e.strerror, isinstance(e, FileNotFoundError))
        e = ex.submit(chained).exception()
        print("chained:")
        show(e)
        e = ex.submit(local).exception()
        print("local:", type(e).__name__, e.excinfo.type.__name__, e.excinfo.msg)
        print("  cause:", e.__cause__)
        e = ex.submit(int, "nope").exception()
        print("builtin:")
        show(e)
        it = ex.map(check, range(5))
        print(next(it), next(it))
        try:
            next(it)
        except ValueError as err:
            print("map raised", err, type(err.__cause__).__name__)
        fs = [ex.submit(check, x) for x in range(6)]
        done, not_done = wait(fs)
        print(len(done), len(not_done))
        print(sorted(str(f.exception()) for f in as_completed(fs) if f.exception()))
        # The worker still runs calls after all these failures.
        print(ex.submit(check, 3).result())


if __name__ == "__main__":
    main()
