# Class identity between interpreters: built-in types are the same
# objects (static), but classes of modules are per-interpreter copies;
# values that cross are new objects of the receiver's classes.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
import queue
import threading

i = I.create()
q = I.create_queue()
i.prepare_main(q=q)
i.exec("""
import queue, threading
q.put(id(int)); q.put(id(str)); q.put(id(type)); q.put(id(None)); q.put(id(ValueError))
q.put(id(queue.Empty)); q.put(id(threading.Thread)); q.put(id(queue))
""")
ids = [q.get() for _ in range(8)]
print(ids[0] == id(int), ids[1] == id(str), ids[2] == id(type), ids[3] == id(None), ids[4] == id(ValueError))
print(ids[5] == id(queue.Empty), ids[6] == id(threading.Thread), ids[7] == id(queue))
e = i.call(ValueError, "x")
print(type(e) is ValueError, e.args)
i.exec("""
class Local:
    pass
print('Local', Local.__module__, Local.__qualname__)
""")
# the classes of concurrent.interpreters are per interpreter too
i.exec("""
from concurrent import interpreters as I
q.put(id(I.Queue))
q.put(id(type(q)))
""")
print(q.get() == id(I.Queue), q.get() == id(I.Queue))
i.exec("""
try:
    q.get_nowait()
except I.QueueEmpty as e:
    print('in i, own QueueEmpty', type(e) is I.QueueEmpty)
""")
i.close()
