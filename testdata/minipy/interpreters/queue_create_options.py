# _interpqueues.create and put read unboundop and fallback as 3.14 does: a
# negative one is the default (replace, xidata only; for put the queue's),
# unboundop 1-3 and fallback 0-1 are valid, the unboundop is checked first;
# get_queue_defaults and list_all report both, list_all newest first.
# Expected output: CPython 3.14's.
import _interpqueues as q
for args in [(5,0,2),(5,4,1),(5,-2,-1),(5,3,-2),(-3,3,1),(5,True,1),(5,1,-1),(5,2,1),(5,3,2),(5,3,0),(5,-1,-1),(5,0,0),(5,3,3),(5,3,1)]:
    try:
        qid = q.create(*args); print(args, q.get_queue_defaults(qid))
    except Exception as e: print(args, type(e).__name__, e)
qid = q.create(5, 3, 0)
for args in [(qid, 1, 0, 0), (qid, 1, 4, 1), (qid, 1, 1, 2), (qid, 1, -1, -1), (qid, 1, 1, 1)]:
    try:
        print(args, q.put(*args), q.get_count(qid))
    except Exception as e: print(args, type(e).__name__, e)
print(q.get(qid))
print(q.list_all())
from concurrent import interpreters
qq = interpreters.create_queue()
print(q.list_all()[0], q.get_queue_defaults(qq.id))
