# _thread beyond the basics: stack_size set and read back, _local,
# interrupt_main with a signal number, exit in a thread, _count, idents
# unique among live threads, keyword arguments, a thread's exception
# reported as unraisable.
import _thread
import sys
import time

print(_thread.stack_size())
print(_thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size(0), _thread.stack_size())
for bad in (1, 4096, -1):
    try:
        _thread.stack_size(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    _thread.stack_size("x")
except TypeError as e:
    print("TypeError", e)
print(_thread.stack_size())

print(type(_thread.TIMEOUT_MAX), _thread.TIMEOUT_MAX > 1e9, _thread.error)
print(_thread.LockType.__name__, _thread.LockType.__module__, _thread.RLock.__name__, _thread._local.__name__)
print(_thread._count())

# Live threads have distinct idents; _count counts them.
n = 4
gate = _thread.allocate_lock()
gate.acquire()
ready = _thread.allocate_lock()
count_lock = _thread.allocate_lock()
idents = []
done = []
def worker(i, *, tag):
    with count_lock:
        idents.append((_thread.get_ident(), _thread.get_native_id()))
        if len(idents) == n:
            ready.release()
    gate.acquire()
    gate.release()
    with count_lock:
        done.append(tag + str(i))
ready.acquire()
for i in range(n):
    _thread.start_new_thread(worker, (i,), {"tag": "w"})
ready.acquire()
print("live", _thread._count() == n, len(set(i for i, _ in idents)) == n, _thread.get_ident() not in [i for i, _ in idents])
gate.release()
while True:
    with count_lock:
        if len(done) == n:
            break
    time.sleep(0.001)  # let the other threads take the lock
print(sorted(done))

# _thread.exit and SystemExit end a thread without a report.
fin = _thread.allocate_lock()
fin.acquire()
out = []
def exiting(how):
    try:
        if how == "exit":
            _thread.exit()
        raise SystemExit(5)
    finally:
        out.append(how)
        fin.release()
for how in ("exit", "SystemExit"):
    _thread.start_new_thread(exiting, (how,))
    fin.acquire()
print(out)
try:
    _thread.exit()
except SystemExit as e:
    print("exit in main raises SystemExit", e.args)

# Another exception goes to sys.unraisablehook.
seen = []
sys.unraisablehook = lambda u: (seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object.__name__)), fin.release())
def bad():
    raise LookupError("lost")
_thread.start_new_thread(bad, ())
fin.acquire()
print(seen)
sys.unraisablehook = sys.__unraisablehook__

# interrupt_main takes a signal number: SIGINT (2) raises
# KeyboardInterrupt, a signal without a Python handler is ignored.
for signum in (0, 65, -1):
    try:
        _thread.interrupt_main(signum)
    except ValueError as e:
        print("ValueError", e)
try:
    _thread.interrupt_main(signum=2)
except TypeError as e:
    print("TypeError", e)
_thread.interrupt_main(15)
for _ in range(100):
    pass
print("SIGTERM without a handler: ignored")
for how in ((), (2,)):
    try:
        _thread.interrupt_main(*how)
        for _ in range(100):
            pass
        print("not interrupted")
    except KeyboardInterrupt:
        print("KeyboardInterrupt")

# A lock is not shared between allocations; locked state in repr.
a, b = _thread.allocate_lock(), _thread.allocate_lock()
a.acquire()
print(a.locked(), b.locked(), repr(a).split()[0], repr(b).split()[0])
a.release()
