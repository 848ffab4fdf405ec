# Queue.put_nowait and Queue.get_nowait. Expected output: CPython 3.14's.
from concurrent import interpreters as I

q = I.create_queue(2)
try:
    q.get_nowait()
except I.QueueEmpty as e:
    print(type(e).__name__, e)
q.put_nowait("a")
q.put_nowait(["b"])
try:
    q.put_nowait("c")
except I.QueueFull as e:
    print(type(e).__name__, e)
print(q.qsize(), q.get_nowait(), q.get_nowait(), q.empty())
try:
    q.put_nowait("x", "y")
except TypeError as e:
    print(type(e).__name__, e)
try:
    q.get_nowait(1)
except TypeError as e:
    print(type(e).__name__, e)
q.put_nowait(1, unbounditems=I._queues.UNBOUND_REMOVE)
print(q.get_nowait())
i = I.create()
i.prepare_main(q=q)
i.exec("""
from concurrent import interpreters as I
q.put_nowait('from i')
q.put_nowait('again')
try:
    q.put_nowait('too many')
except I.QueueFull as e:
    print('in i', type(e).__name__, e)
""")
print(q.get_nowait(), q.get_nowait())
i.exec("""
try:
    q.get_nowait()
except I.QueueEmpty as e:
    print('in i', type(e).__name__, e)
""")
i.close()
