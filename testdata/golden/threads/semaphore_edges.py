# threading.Semaphore and BoundedSemaphore's edges: reprs, non-blocking and
# timed acquires, the argument errors and their messages, release(n), the
# bound, the context manager, subclassing, a release from another thread.
import threading
s = threading.Semaphore(2)
print(repr(s).split(" at ")[0], repr(s).endswith("value=2>"))
print(s.acquire(), s.acquire(False), s.acquire(False), s.acquire(timeout=0.01), s.acquire(True, -1), s.acquire(timeout=0))
for args in [(False, 1), ]:
    try: s.acquire(*args)
    except ValueError as e: print(e)
try: s.acquire(timeout="x")
except TypeError as e: print(e)
try: threading.Semaphore(-1)
except ValueError as e: print(e)
try: threading.Semaphore("a")
except TypeError as e: print(e)
try: s.release(0)
except ValueError as e: print(e)
s.release(3); print(s._value)
b = threading.BoundedSemaphore(2)
print(repr(b).split(" at ")[0], repr(b).endswith("value=2/2>"), b._value, b._initial_value)
b.acquire()
try: b.release(2)
except ValueError as e: print(e)
b.release(); print(b._value)
with b:
    print("in", b._value)
print(b._value, isinstance(b, threading.Semaphore), threading.BoundedSemaphore.__mro__[1].__name__)
class S(threading.Semaphore):
    pass
print(repr(S(0)).split(" at ")[0], S()._value)
z = threading.Semaphore(0)
t = threading.Thread(target=lambda: z.release(2)); t.start()
print(z.acquire(timeout=5), z.acquire(timeout=5)); t.join()
try: s.acquire(timeout=1e300)
except OverflowError as e: print(e)
