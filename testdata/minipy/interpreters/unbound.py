# Items whose putter was closed before they were taken (UNBOUND,
# UNBOUND_ERROR, UNBOUND_REMOVE). Expected output: CPython 3.14's.
from concurrent import interpreters as I
from concurrent.interpreters import _queues

for mode in (_queues.UNBOUND, _queues.UNBOUND_ERROR, _queues.UNBOUND_REMOVE):
    j = I.create()
    q = I.create_queue(unbounditems=mode)
    print(q.unbounditems is mode)
    j.prepare_main(q=q)
    j.exec("q.put(42)\nq.put('x')")
    q.put("main's")
    j.close()
    print(q.qsize(), end=": ")
    while not q.empty():
        try:
            print(q.get_nowait(), end=", ")
        except _queues.QueueError as e:
            print(type(e).__name__, e, end=", ")
    print()

# per put
j = I.create()
q = I.create_queue()
j.prepare_main(q=q)
j.exec("""
from concurrent.interpreters import _queues
q.put(1, unbounditems=_queues.UNBOUND_REMOVE)
q.put(2, unbounditems=_queues.UNBOUND_ERROR)
q.put(3)
""")
j.close()
print(q.qsize())
for _ in range(2):
    try:
        print(q.get())
    except _queues.ItemInterpreterDestroyed as e:
        print(type(e).__name__, e)
print(repr(_queues.UNBOUND), q.empty())
