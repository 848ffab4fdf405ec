# The values a thread stores in a threading.local are freed when the
# thread ends (before join returns); deleting the local frees every
# thread's values. (For threads of _thread CPython frees them at a later
# collection: not shown here.)
import threading

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)

loc = threading.local()
def store(n):
    loc.d = D(n)
t = threading.Thread(target=store, args=(1,))
t.start()
t.join()
print("joined 1")

class Ctx(threading.local):
    def __init__(self, n):
        self.d = D(n)
ctx = Ctx(10)
t = threading.Thread(target=lambda: ctx.d)
t.start()
t.join()
print("joined 2")

loc.d = D(4)
loc2 = threading.local()
loc2.d = D(5)
del loc2
print("deleted loc2")

ready = threading.Event()
stop = threading.Event()
def holder(loc=loc):
    loc.d = D(6)
    ready.set()
    stop.wait()
    print("holder still sees", loc.d.n)
t = threading.Thread(target=holder)
t.start()
ready.wait()
loc_ref = loc
del loc
print("main dropped one name")
stop.set()
t.join()
del loc_ref
print("end", ctx.d.n)
