# Queue exceptions: QueueEmpty/QueueFull hierarchy (QueueError is a
# RuntimeError; they are also queue.Empty/queue.Full) and their messages;
# bad arguments. Expected output: CPython 3.14's.
from concurrent import interpreters as I
from concurrent.interpreters import _queues
import queue

for cls in (I.QueueEmpty, I.QueueFull, _queues.QueueError, _queues.QueueNotFoundError,
            _queues.ItemInterpreterDestroyed):
    print(cls.__name__, cls.__module__, [c.__name__ for c in cls.__mro__])
print(issubclass(I.QueueEmpty, queue.Empty), issubclass(I.QueueFull, queue.Full))
print(issubclass(I.QueueEmpty, RuntimeError), issubclass(I.QueueFull, I.QueueEmpty))
print(I.QueueEmpty is _queues.QueueEmpty, I.QueueFull is _queues.QueueFull)

q = I.create_queue(1)
try:
    q.get_nowait()
except queue.Empty as e:
    print("queue.Empty caught", type(e).__name__, e, e.args)
q.put(0)
try:
    q.put_nowait(1)
except queue.Full as e:
    print("queue.Full caught", type(e).__name__, e, e.args)
try:
    q.put(1, timeout=0)
except RuntimeError as e:
    print("RuntimeError caught", type(e).__name__, e)
q2 = I.create_queue()
try:
    q2.get_nowait()
except _queues.QueueError as e:
    print("QueueError caught", e)
for mode in ["x", None, 0, "UNBOUND"]:
    try:
        I.create_queue(unbounditems=mode)
    except Exception as e:
        print("create_queue", repr(mode), type(e).__name__, e)
    try:
        q2.put(1, unbounditems=mode)
        print("put", repr(mode), "accepted", q2.get())
    except Exception as e:
        print("put", repr(mode), type(e).__name__, e)
try:
    I.create_queue(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    _queues.Queue(q.id).put(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
i = I.create()
i.prepare_main(q=q2)
try:
    i.exec("q.get_nowait()")
except I.ExecutionFailed as e:
    print(e.excinfo.type.__name__, e.excinfo.type.__module__, e.excinfo.formatted)
