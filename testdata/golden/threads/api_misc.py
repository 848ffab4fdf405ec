# Odds and ends of the threading, _thread and queue APIs: generic aliases,
# lock types that cannot be subclassed, threading.RLock as a factory,
# Condition and lock reprs, module attributes.
import threading
import _thread
import queue

print(queue.Queue[int], queue.SimpleQueue[str], queue.LifoQueue[int], queue.PriorityQueue[int])
for base in (_thread.LockType,):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError", e)
class MyRLock(_thread.RLock):
    pass
m = MyRLock()
print(m.acquire(), m._is_owned(), type(m).__mro__[1].__name__)
m.release()
print(callable(threading.RLock), isinstance(threading.RLock(), _thread.RLock))
c = threading.Condition()
print(repr(c).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at 0x"), repr(c).endswith(", 0)>"))
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object at 0x"))
print(threading.Thread.__module__, threading.Timer.__module__, threading.Barrier.__module__, threading.local.__module__)
print(queue.Queue.__module__, queue.SimpleQueue.__module__, threading.ExceptHookArgs.__module__)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is _thread.error)
print(threading.get_ident is _thread.get_ident, threading.Lock is _thread.allocate_lock)
print(threading.gettrace(), threading.getprofile())
threading.settrace(None)
threading.setprofile(None)
print(threading.stack_size(), threading.stack_size(0))
print(sorted(n for n in ("Queue", "LifoQueue", "PriorityQueue", "SimpleQueue", "Empty", "Full") if n in queue.__all__))
print([n for n in ("Thread", "Timer", "local", "Event", "excepthook", "ExceptHookArgs", "gettrace", "main_thread") if n in threading.__all__])
try:
    _thread.allocate_lock().acquire(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    threading.Lock().release(1)
except TypeError as e:
    print("TypeError", e)
try:
    threading.Event(1)
except TypeError as e:
    print("TypeError", e)
try:
    queue.Queue(1, 2)
except TypeError as e:
    print("TypeError", e)
# A lock as a context manager in a nested with, and locked() after.
a, b = threading.Lock(), threading.RLock()
with a, b:
    print(a.locked(), b._is_owned())
print(a.locked(), b._is_owned())

# Methods without arguments name themselves in the error.
calls = [(_thread.allocate_lock(), n) for n in ("release", "locked", "release_lock", "locked_lock")]
calls += [(_thread.RLock(), n) for n in ("release", "_is_owned")]
calls += [(_thread, n) for n in ("get_ident", "get_native_id", "allocate_lock", "_count", "exit")]
for obj, name in calls:
    try:
        getattr(obj, name)(1)
    except TypeError as e:
        print("TypeError", e)
