# Thread names: Thread-N with the target's name, explicit names, setters,
# and repr in each state (idents replaced by a fixed word).
import threading

def job():
    pass

def rep(t):
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), "IDENT")
    return r

class Callable:
    def __call__(self):
        pass

t1 = threading.Thread(target=job)
t2 = threading.Thread()
t3 = threading.Thread(target=job, name="worker")
t4 = threading.Thread(target=Callable())
t5 = threading.Thread(target=lambda: None)
t6 = threading.Thread(name=42)
t7 = threading.Thread(target=job, name="")
print([t.name for t in (t1, t2, t3, t4, t5, t6, t7)])
print(rep(t1), rep(t3))
t1.start()
t1.join()
print(rep(t1))
t3.daemon = True
print(rep(t3))
t3.start()
t3.join()
print(rep(t3))
t2.name = "renamed"
print(t2.name, t2.daemon)
t2.daemon = True
print(t2.daemon, rep(t2))

class Named(threading.Thread):
    pass
n = Named()
print(n.name, rep(n))
tm = threading.Timer(1, job)
print(tm.name, rep(tm))

# A running thread's repr says "started".
go = threading.Event()
stop = threading.Event()
def waits():
    go.set()
    stop.wait()
r = threading.Thread(target=waits, name="Runner")
r.start()
go.wait()
print(rep(r), r.is_alive())
stop.set()
r.join()
print(rep(r), r.is_alive())

m = threading.main_thread()
print(rep(m).replace(str(m.ident), "IDENT"))
