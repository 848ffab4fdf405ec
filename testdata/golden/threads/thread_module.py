# _thread: start_new_thread, locks, RLock, identities and errors.
import _thread

print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)
print(_thread.LockType, _thread.RLock, _thread.stack_size())
print(type(_thread.get_ident()) is int, type(_thread.get_native_id()) is int)

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, repr(lock).startswith("<unlocked _thread.lock object at 0x"))
print(lock.acquire(), lock.locked(), repr(lock).startswith("<locked _thread.lock"))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(True, 0.01), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
with lock:
    print("in with", lock.locked())
print(lock.locked(), lock.acquire_lock(), lock.locked_lock())
lock.release_lock()

for args in [(False, 1), (True, -2), (True, 1e10), (True, 1e20)]:
    try:
        lock.acquire(*args)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
for bad in [(1,), (len, 1), (len, (), 1), (1, ())]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError", e)
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError", e)

r = _thread.RLock()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(r.acquire(), r.acquire(), r._is_owned())
print(repr(r).startswith("<locked _thread.RLock object owner=%d count=2 at" % _thread.get_ident()))
r.release()
r.release()
print(r._is_owned())
with r:
    with r:
        print("nested", r._is_owned())

class MyRLock(_thread.RLock):
    pass
print(repr(MyRLock()).startswith("<unlocked __main__.MyRLock object owner=0 count=0"))

# Threads of _thread: results handed back under a lock, joined by locks.
done = []
results = []
guard = _thread.allocate_lock()

def work(n, scale=1):
    with guard:
        results.append(n * scale)
    done[n].release()

for i in range(5):
    l = _thread.allocate_lock()
    l.acquire()
    done.append(l)
for i in range(5):
    ident = _thread.start_new_thread(work, (i,), {"scale": 10})
    print(type(ident) is int)
for l in done:
    l.acquire()
print(sorted(results))

# Another thread owns an RLock: releasing it here fails.
owned = _thread.allocate_lock()
owned.acquire()
hold = _thread.allocate_lock()
hold.acquire()
def owner():
    r.acquire()
    owned.release()
    hold.acquire()
    r.release()
    owned.release()
_thread.start_new_thread(owner, ())
owned.acquire()
print(r.acquire(False), r.acquire(timeout=0.01))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
hold.release()
owned.acquire()
print(r.acquire(False))
r.release()

# An idents differ between threads.
idents = []
fin = _thread.allocate_lock()
fin.acquire()
def ident():
    idents.append(_thread.get_ident())
    fin.release()
_thread.start_new_thread(ident, ())
fin.acquire()
print(idents[0] != _thread.get_ident())

# _thread.exit and SystemExit end a thread quietly.
def quits():
    try:
        _thread.exit()
    finally:
        fin.release()
_thread.start_new_thread(quits, ())
fin.acquire()
print("done")
