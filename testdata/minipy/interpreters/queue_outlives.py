# A queue outlives the interpreters that made or used it: created in a
# subinterpreter and returned, it keeps working; the items a closed
# interpreter put stay as UNBOUND (even shareable ones).
# Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
q = i.call(I.create_queue)
print(type(q).__name__, q.maxsize)
i.prepare_main(q=q)
i.exec("q.put('kept'); q.put(b'bytes'); q.put((1, 2.5)); q.put(None)")
qid = q.id
i.close()
print(q.qsize())
print([q.get() for _ in range(4)])
q.put("still usable")
print(I.Queue(qid) is q, q.get())

# made and filled entirely inside an interpreter that is then closed
j = I.create()
j.exec("""
from concurrent import interpreters as I
q = I.create_queue()
q.put('orphan')
""")
qq = j.call(I.Queue, 2)
print(qq.id, qq.qsize())
j.close()
print(qq.qsize(), qq.get())
# many interpreters, one queue
q = I.create_queue()
ins = [I.create() for _ in range(4)]
for n, k in enumerate(ins):
    k.prepare_main(q=q, n=n)
    k.exec("q.put(n * 10)")
for k in ins:
    k.close()
print([q.get() for _ in range(4)], I.list_all())
