# threading.local: attributes per thread, a subclass with __init__ run
# again in each thread, class attributes and properties, __dict__.
import threading
import _thread

print(threading.local is _thread._local, threading.local.__name__, threading.local.__module__)
data = threading.local()
data.value = "main"
data.items = [1]
results = {}
lock = threading.Lock()

def worker(name):
    had = hasattr(data, "value")
    data.value = name
    data.items = [name]
    # A second step sees the thread's own values.
    with lock:
        results[name] = (had, data.value, data.items, sorted(vars(data)))

ts = [threading.Thread(target=worker, args=("w%d" % i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
print(data.value, data.items, vars(data))

class Ctx(threading.local):
    kind = "class attribute"
    inits = []
    def __init__(self, base, *, step=1):
        self.n = base
        self.step = step
        Ctx.inits.append(threading.current_thread().name)
    def bump(self):
        self.n += self.step
        return self.n
    @property
    def double(self):
        return self.n * 2

c = Ctx(10, step=5)
c.bump()
def use():
    out = [c.n, c.bump(), c.bump(), c.double, c.kind]
    with lock:
        results[threading.current_thread().name] = out
ts = [threading.Thread(target=use, name="u%d" % i) for i in range(2)]
for t in ts:
    t.start()
    t.join()
print(results["u0"], results["u1"])
print(c.n, c.double, sorted(Ctx.inits))
try:
    c.double = 3
except AttributeError as e:
    print("AttributeError", e)

# Deleting in one thread does not touch another's value.
c.tag = "main tag"
def deleter():
    c.tag = "thread tag"
    del c.tag
    with lock:
        results["del"] = hasattr(c, "tag")
t = threading.Thread(target=deleter)
t.start()
t.join()
print(results["del"], c.tag)
try:
    del c.missing
except AttributeError as e:
    print("AttributeError", e)

# __slots__-free subclass without __init__ takes no arguments.
class Plain(threading.local):
    pass
try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)
p = Plain()
p.x = 1
print(p.x, isinstance(p, threading.local), type(p).__mro__[1].__name__)
try:
    p.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
