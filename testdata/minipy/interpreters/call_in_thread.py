# Interpreter.call_in_thread: returns a started threading.Thread; the
# result is dropped; the interpreter is running while the call runs; an
# exception goes to threading.excepthook. Expected output: CPython 3.14's.
from concurrent import interpreters as I
import threading

i = I.create()
q = I.create_queue()
go = I.create_queue()
i.prepare_main(q=q, go=go)


def worker():
    # no global names: sent as code, finds the queues in i's __main__
    import __main__
    v = __main__.go.get()
    __main__.q.put(v * 2)
    return "dropped"


t = i.call_in_thread(worker)
print(type(t).__name__, isinstance(t, threading.Thread), t.is_alive())
while not i.is_running():
    pass
print("running while the thread calls:", i.is_running())
try:
    i.exec("pass")
except I.InterpreterError as e:
    print(type(e).__name__, e)
go.put(21)
print(q.get())
t.join()
print(t.is_alive(), i.is_running())

t = i.call_in_thread(print, "printed by call_in_thread", 1, 2, sep=":")
t.join()
hooked = []
threading.excepthook = lambda args: hooked.append((args.exc_type.__name__, str(args.exc_value).splitlines()[0]))


def fails():
    raise ValueError("in the thread")


t = i.call_in_thread(fails)
t.join()
print(hooked)
t = i.call_in_thread(int, "x")
t.join()
print(hooked[1])
# a bad callable fails in the new thread, not in the caller
i.call_in_thread(42).join()
print(hooked[-1])
for n in range(5):
    i.call_in_thread(q.put, n).join()
print(sorted(q.get() for _ in range(5)))
i.close()
i.call_in_thread(print).join()
print(hooked[-1])
