# An interpreter made by create() lives while a handle to it does: the
# last handle released (in any interpreter) destroys it; a handle made
# from its id (Interpreter(id), list_all, pickling) counts too.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
import gc

i = I.create()
iid = i.id
del i
gc.collect()
print([x.id for x in I.list_all()])
try:
    I.Interpreter(iid)
except I.InterpreterNotFoundError as e:
    print(type(e).__name__, e)

j = I.create()
jid = j.id
k = I.create()
q = I.create_queue()
k.prepare_main(q=q)
q.put(j)
k.exec("j = q.get()\nprint('k holds', j, j.whence)")
del j
gc.collect()
print([x.id for x in I.list_all()])
k.exec("del j")
print([x.id for x in I.list_all()])

m = I.create()
mid = m.id
again = I.Interpreter(mid)
print(again is m)
del m
gc.collect()
print(again.id in [x.id for x in I.list_all()])
del again
gc.collect()
print(mid in [x.id for x in I.list_all()])

# list_all's handles keep them too while held
n = I.create()
nid = n.id
handles = I.list_all()
del n
gc.collect()
print(nid in [x.id for x in I.list_all()])
del handles
gc.collect()
print(nid in [x.id for x in I.list_all()])
k.close()
print(I.list_all())
