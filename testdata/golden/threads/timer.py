# threading.Timer: runs its function once after the interval with args
# and kwargs, cancel before and after it fires, a Thread subclass.
import threading

out = []
t = threading.Timer(0.01, out.append, args=("fired",))
print(isinstance(t, threading.Thread), t.interval, t.args, t.kwargs, t.finished.is_set())
t.start()
t.join()
print(out, t.finished.is_set(), t.is_alive())

def report(a, b, *, c):
    out.append((a, b, c))
t = threading.Timer(0, report, [1, 2], {"c": 3})
t.start()
t.join()
print(out[-1])

# Cancelled before it starts: never runs.
t = threading.Timer(0.01, out.append, ("never",))
t.cancel()
t.start()
t.join()
# Cancelled while waiting: returns at once.
t = threading.Timer(60, out.append, ("never",))
t.start()
t.cancel()
t.join(10)
print(t.is_alive(), out[-1])
# Cancel after it fired does nothing.
t = threading.Timer(0, out.append, ("once",))
t.start()
t.join()
t.cancel()
print(out.count("once"))

# The function's exception goes to threading.excepthook.
hooked = []
threading.excepthook = lambda a: hooked.append((a.exc_type.__name__, str(a.exc_value), a.thread.name))
t = threading.Timer(0, lambda: 1 / 0)
t.name = "T"
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print(hooked)

# A daemon Timer subclass.
class Repeat(threading.Timer):
    def run(self):
        n = 0
        while not self.finished.wait(self.interval):
            n += 1
            if n == 3:
                break
        out.append(("repeat", n))
r = Repeat(0.001, None)
r.daemon = True
r.start()
r.join()
print(out[-1], r.daemon)
