# Interpreters and threads: exec blocks only the calling thread; a busy
# interpreter refuses a second exec and close. Expected output: CPython
# 3.14's.
from concurrent import interpreters as I
import threading

i = I.create()
go = I.create_queue()
ready = I.create_queue()
i.prepare_main(go=go, ready=ready)


def runner():
    # runs in i until the main thread says go
    i.exec("ready.put(1)\ngo.get(timeout=60)")


t = threading.Thread(target=runner)
t.start()
ready.get(timeout=60)
print("running:", i.is_running())
try:
    i.close()
except I.InterpreterError as e:
    print(type(e).__name__, e)
try:
    i.exec("pass")
except I.InterpreterError as e:
    print(type(e).__name__, e)
try:
    i.call(print)
except I.InterpreterError as e:
    print(type(e).__name__, e)
try:
    i.prepare_main(a=1)
except I.InterpreterError as e:
    print(type(e).__name__, e)
go.put("go")
t.join()
print("running:", i.is_running())

# threads started inside an interpreter
i.exec("""
import threading
out = []
def work(n):
    out.append(n * n)
ts = [threading.Thread(target=work, args=(n,)) for n in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), threading.active_count())
""")

# daemon threads are refused in isolated interpreters
i.exec("""
import threading
try:
    threading.Thread(target=print, args=('never',), daemon=True)
except RuntimeError as e:
    print(type(e).__name__, e)
t = threading.Thread(target=print, args=('never',))
try:
    t.daemon = True
except RuntimeError as e:
    print(type(e).__name__, e)
print(t.daemon, threading.active_count())
""")

# several interpreters, each driven by its own thread, in parallel
interps = [I.create() for _ in range(3)]
q = I.create_queue()
for n, it in enumerate(interps):
    it.prepare_main(q=q, n=n)


def drive(it):
    it.exec("total = sum(range(100000 * (n + 1)))\nq.put((n, total))")


ts = [threading.Thread(target=drive, args=(it,)) for it in interps]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(q.get() for _ in interps))

# call_in_thread
t = interps[0].call_in_thread(q.put, "from call_in_thread")
t.join()
print(q.get())
for it in interps:
    it.close()
i.close()
print(I.list_all())
