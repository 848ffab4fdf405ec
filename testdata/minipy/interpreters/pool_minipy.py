# minipy's own choices in concurrent.futures, where CPython differs or has
# what minipy cannot have: ProcessPoolExecutor exists (imports work) but
# cannot be made, as minipy has no processes; a task function that pickle
# cannot name (a lambda) is sent as its code, and its exception comes back
# as the ExecutionFailed itself (3.14 re-raises the exception). The
# expected output is written by hand; the script asserts it.
import concurrent.futures as cf
from concurrent.futures import ProcessPoolExecutor, InterpreterPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from concurrent import interpreters

assert issubclass(ProcessPoolExecutor, cf.Executor)
assert issubclass(BrokenProcessPool, cf.BrokenExecutor)
for args in [(), (2,)]:
    try:
        ProcessPoolExecutor(*args)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    else:
        raise AssertionError("ProcessPoolExecutor was made")

assert "InterpreterPoolExecutor" in cf.__all__
with InterpreterPoolExecutor(1) as ex:
    assert ex.submit(lambda: 6 * 7).result() == 42
    assert ex.submit(lambda x, y=2: x ** y, 5).result() == 25
    e = ex.submit(lambda: 1 / 0).exception()
    assert type(e) is interpreters.ExecutionFailed, e
    assert e.excinfo.type.__name__ == "ZeroDivisionError"
    print(type(e).__name__, e.excinfo.type.__name__, repr(e.excinfo.msg))
print("done")
