# current_thread, main_thread, enumerate, active_count, get_ident and
# get_native_id, ident/native_id before and after start, is_alive.
import threading

main = threading.main_thread()
print(type(main).__name__, main.name, main.daemon, main is threading.current_thread())
print(threading.active_count(), threading.enumerate() == [main], main.ident == threading.get_ident())
print(main.native_id == threading.get_native_id(), isinstance(threading.get_native_id(), int))

hold = threading.Event()
inside = threading.Semaphore(0)
seen = {}
lock = threading.Lock()
def worker():
    me = threading.current_thread()
    with lock:
        seen[me.name] = (me.ident == threading.get_ident(), me.native_id == threading.get_native_id(),
                         me is not main, threading.main_thread() is main, me.is_alive(),
                         me in threading.enumerate())
    inside.release()
    hold.wait()

ts = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
print([(t.ident, t.native_id, t.is_alive()) for t in ts])
for t in ts:
    t.start()
for t in ts:
    inside.acquire()
print(threading.active_count(), len(threading.enumerate()), sorted(t.name for t in threading.enumerate()))
print(all(t.is_alive() for t in ts), len({t.ident for t in ts} | {main.ident}))
hold.set()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(threading.active_count(), threading.enumerate() == [main], [t.is_alive() for t in ts])
print(all(isinstance(t.ident, int) for t in ts))

# current_thread from a subclass run() is the subclass instance.
class Mine(threading.Thread):
    def run(self):
        self.me = threading.current_thread() is self
m = Mine()
m.start()
m.join()
print(m.me, m.name)

# Threads started from threads: the registry sees grandchildren.
names = []
def child():
    names.append(sorted(t.name for t in threading.enumerate()))
def parent():
    c = threading.Thread(target=child, name="child")
    c.start()
    c.join()
p = threading.Thread(target=parent, name="parent")
p.start()
p.join()
print(names)
print(threading.currentThread is not None, threading.activeCount is not None)
