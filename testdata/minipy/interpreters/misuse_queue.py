# Misuse of queues: what Queue lacks (task_done, join), read-only
# attributes, missing arguments, bad unbound modes and timeouts, and the
# low-level module's answers for a queue that does not exist.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
from concurrent.interpreters import _queues
import _interpqueues


def attempt(name, f):
    try:
        r = f()
        print(name, "->", r)
    except Exception as e:
        print(name, type(e).__name__, "|", e)


q = I.create_queue(2)
attempt("task_done", lambda: q.task_done())
attempt("join", lambda: q.join())
attempt("set id", lambda: setattr(q, "id", 5))
attempt("set maxsize", lambda: setattr(q, "maxsize", 5))
attempt("set unbounditems", lambda: setattr(q, "unbounditems", None))
attempt("put()", lambda: q.put())
attempt("get(1, 2, 3)", lambda: q.get(1, 2, 3))
attempt("put bad mode", lambda: q.put(1, unbounditems=42))
attempt("put_nowait bad mode", lambda: q.put_nowait(1, unbounditems="x"))
attempt("put unbounditems positional", lambda: q.put(1, True, None, _queues.UNBOUND))
attempt("create bad mode", lambda: I.create_queue(unbounditems=_queues._crossinterp.UnboundItem))
attempt("qsize", q.qsize)
attempt("Queue(id) kwarg", lambda: I.Queue(id=q.id))
attempt("UnboundItem()", lambda: _queues._crossinterp.UnboundItem())
attempt("low-level get", lambda: _interpqueues.get(999))
attempt("low-level put", lambda: _interpqueues.put(999, 1, 1))
attempt("low-level get_count", lambda: _interpqueues.get_count(999))
attempt("low-level get_maxsize", lambda: _interpqueues.get_maxsize(999))
attempt("low-level is_full", lambda: _interpqueues.is_full(999))
attempt("low-level bind", lambda: _interpqueues.bind(999))
attempt("low-level release", lambda: _interpqueues.release(999))
attempt("low-level get -1", lambda: _interpqueues.get(-1))
attempt("low-level get 'x'", lambda: _interpqueues.get("x"))
print([c.__name__ for c in _queues.QueueNotFoundError.__mro__])
print(q.qsize(), q.empty())
