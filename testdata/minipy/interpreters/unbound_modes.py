# The three unbound modes chosen per queue and per put: what get() gives
# for items whose interpreter was closed, and that the queue keeps working.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
from concurrent.interpreters import _queues

print(_queues.UNBOUND, type(_queues.UNBOUND_ERROR).__name__, _queues.UNBOUND_ERROR is not _queues.UNBOUND_REMOVE)
print(type(_queues.UNBOUND).__name__, [c.__name__ for c in type(_queues.UNBOUND).__mro__])
q = I.create_queue()
print(q.unbounditems is _queues.UNBOUND)
try:
    type(_queues.UNBOUND)()
except Exception as e:
    print(type(e).__name__, e)

# per put, on a default queue
j = I.create()
j.prepare_main(q=q)
j.exec("""
from concurrent.interpreters import _queues
q.put('default')
q.put('unbound', unbounditems=_queues.UNBOUND)
q.put('error', unbounditems=_queues.UNBOUND_ERROR)
q.put('remove', unbounditems=_queues.UNBOUND_REMOVE)
q.put('last')
""")
q.put("main's")
print(q.qsize())
j.close()
print(q.qsize())
res = []
while True:
    try:
        res.append(repr(q.get_nowait()))
    except _queues.ItemInterpreterDestroyed as e:
        res.append(type(e).__name__ + ": " + str(e))
    except I.QueueEmpty:
        break
print(res)

# per queue, overridden per put
for mode in (_queues.UNBOUND_ERROR, _queues.UNBOUND_REMOVE):
    q = I.create_queue(unbounditems=mode)
    j = I.create()
    j.prepare_main(q=q)
    j.exec("""
from concurrent.interpreters import _queues
q.put(1)
q.put(2, unbounditems=_queues.UNBOUND)
q.put(3)
""")
    j.close()
    res = []
    while True:
        try:
            res.append(repr(q.get_nowait()))
        except _queues.ItemInterpreterDestroyed as e:
            res.append(type(e).__name__)
        except I.QueueEmpty:
            break
    print(mode is _queues.UNBOUND_ERROR, q.unbounditems is mode, res)

# items put by main are never unbound; items taken before the close stay
q = I.create_queue(unbounditems=_queues.UNBOUND_ERROR)
j = I.create()
j.prepare_main(q=q)
j.exec("q.put('taken early'); q.put('left')")
print(q.get())
j.close()
try:
    q.get()
except _queues.ItemInterpreterDestroyed as e:
    print(type(e).__name__, e)
q.put("after")
print(q.get(), q.empty())
# a full queue that empties when its putter goes (UNBOUND_REMOVE)
q = I.create_queue(2, unbounditems=_queues.UNBOUND_REMOVE)
j = I.create()
j.prepare_main(q=q)
j.exec("q.put(1); q.put(2)")
print(q.full())
j.close()
print(q.full(), q.qsize(), q.empty())
