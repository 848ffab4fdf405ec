# Misuse of threading.Thread: start twice, join before start, join of
# the current thread, __init__ not called, daemon of a started thread,
# the group argument.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start after join:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon:", e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join main:", e)

seen = []
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        seen.append(str(e))
s = threading.Thread(target=self_join)
s.start()
s.join()
print("self join:", seen)

class NoInit(threading.Thread):
    def __init__(self):
        pass
n = NoInit()
for meth in (n.start, n.join):
    try:
        meth()
    except RuntimeError as e:
        print(meth.__name__, "without __init__:", e)
try:
    n.daemon = True
except RuntimeError as e:
    print("daemon without __init__:", e)

try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError", e)
try:
    threading.Thread(None, None, None, (), None, True)
except TypeError as e:
    print("TypeError", e)

# Arguments and keyword arguments reach the target.
out = []
def f(*args, **kw):
    out.append((args, sorted(kw.items())))
for kw in [{}, {"args": (1,)}, {"args": [1, 2]}, {"kwargs": {"a": 1}}, {"args": (3,), "kwargs": {"b": 2, "a": 1}}]:
    t = threading.Thread(target=f, **kw)
    t.start()
    t.join()
print(out)

# Without a target the thread does nothing; run() can be called directly.
t = threading.Thread()
t.start()
t.join()
print("no target", t.is_alive())
t = threading.Thread(target=out.append, args=("direct",))
t.run()
print(out[-1])
