# Edge values of blocking and timeout arguments across threading, _thread
# and queue: negative timeouts, non-blocking calls with a timeout, infinite
# and NaN timeouts, non-int blocking flags, thread names and args.
import threading, queue, _thread, time
sq = queue.SimpleQueue()
for kw in [dict(block=False, timeout=-1), dict(timeout=-1), dict(block=True, timeout=0)]:
    try: print(sq.get(**kw))
    except Exception as e: print(type(e).__name__, e)
q = queue.Queue()
for kw in [dict(block=False, timeout=-1), dict(timeout=0)]:
    try: print(q.get(**kw))
    except Exception as e: print(type(e).__name__, e)
e = threading.Event()
print(e.wait(-1), e.wait(-0.5))
c = threading.Condition()
with c:
    print(c.wait(-1), c.wait_for(lambda: False, -1))
b = threading.Barrier(2)
try: b.wait(-1)
except Exception as ex: print(type(ex).__name__, b.broken)
s = threading.Semaphore(0)
for kw in [dict(timeout=-1), dict(timeout=0), dict(blocking=False)]:
    try: print(s.acquire(**kw))
    except Exception as ex: print(type(ex).__name__, ex)
t = threading.Timer(-1, print, ("neg timer",)); t.start(); t.join()
t = threading.Thread(name=0); print(t.name)
t = threading.Thread(name=None); print(t.name)
out = []
t = threading.Thread(target=lambda *a: out.append(a), args="ab"); t.start(); t.join(); print(out)
t = threading.Thread(target=lambda **k: out.append(k), kwargs={"x": 1}); t.start(); t.join(); print(out)
lk = threading.Lock()
print(lk.acquire(timeout=-1))
lk.release()
try: lk.acquire(timeout=float("inf"))
except Exception as ex: print(type(ex).__name__, ex)
try: lk.acquire(timeout=float("nan"))
except Exception as ex: print(type(ex).__name__, ex)
try: threading.RLock(1)
except Exception as ex: print(type(ex).__name__, ex)
try: _thread.RLock(1)
except Exception as ex: print(type(ex).__name__, ex)
try: _thread.allocate_lock().acquire(blocking="x")
except Exception as ex: print(type(ex).__name__, ex)
for blocking in ([], 1.5, None, 2 ** 40, 2, -1, True):
    l = _thread.allocate_lock()
    try:
        print(l.acquire(blocking=blocking), l.locked())
    except (TypeError, OverflowError) as ex:
        print(type(ex).__name__, ex)
try: threading.Thread(target=print).join(timeout="x")
except Exception as ex: print(type(ex).__name__, ex)
t = threading.Thread(target=print); t.start(); t.join()
try: t.join(timeout="x")
except Exception as ex: print(type(ex).__name__, ex)
r = threading.RLock()
print(r.acquire(timeout=0), r.acquire(False))
r.release(); r.release()
print(repr(threading.Barrier(3)).split(": ")[1])
b = threading.Barrier(3); b.abort(); print(repr(b).split(": ")[1])
print(repr(threading.BoundedSemaphore(2)).split(": ")[1])
