# Subclassing Thread: run() overridden, __init__ with extra state, the
# target's references dropped after run, results read after join.
import threading

class Summer(threading.Thread):
    def __init__(self, numbers, **kw):
        super().__init__(**kw)
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)

s = [Summer(range(i * 10), name="sum%d" % i) for i in range(4)]
for t in s:
    t.start()
for t in s:
    t.join()
print([(t.name, t.total) for t in s])

# run() calls the target with args and kwargs, then drops them.
class Keeper(threading.Thread):
    def run(self):
        super().run()
        self.after = [hasattr(self, n) for n in ("_target", "_args", "_kwargs")]

k = Keeper(target=print, args=("target ran",), kwargs={"sep": "-"})
print([hasattr(k, n) for n in ("_target", "_args", "_kwargs")])
k.start()
k.join()
print(k.after)

# A subclass whose run raises, with its own excepthook routing.
errors = []
threading.excepthook = lambda a: errors.append((a.thread.name, a.exc_type.__name__, str(a.exc_value)))
class Failing(threading.Thread):
    def run(self):
        raise OSError("disk on fire")
f = Failing(name="failing")
f.start()
f.join()
threading.excepthook = threading.__excepthook__
print(errors, f.is_alive())

# A subclass overriding start to count calls, and one with a custom repr.
class Counted(threading.Thread):
    starts = 0
    def start(self):
        Counted.starts += 1
        super().start()
c = Counted(target=lambda: None)
c.start()
c.join()
try:
    c.start()
except RuntimeError as e:
    print(Counted.starts, e)

class Pretty(threading.Thread):
    def __repr__(self):
        return "<Pretty %s>" % self.name
p = Pretty(name="p")
print(repr(p), str(p))

# Thread objects are hashable and usable as dict keys; threads compare by
# identity.
d = {t: t.total for t in s}
print(len(d), s[0] == s[0], s[0] == s[1])

# A generator consumed in a thread; a class method as target.
def gen():
    for i in range(3):
        yield i * i
out = []
class Holder:
    @classmethod
    def collect(cls, it):
        out.extend(it)
t = threading.Thread(target=Holder.collect, args=(gen(),))
t.start()
t.join()
print(out, t.name)
