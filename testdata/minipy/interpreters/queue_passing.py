# Queues passed through queues, through call() arguments and results and
# through prepare_main: every handle names the same queue.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I

q = I.create_queue()
inner = I.create_queue(5)
q.put(inner)
got = q.get()
print(got is inner, got.id == inner.id, got.maxsize)
q.put([inner, (inner, 1)])
lst = q.get()
print(lst[0] is inner, lst[1][0] is inner)

i = I.create()
i.prepare_main(q=q)
q.put(inner)
i.exec("""
from concurrent import interpreters as I
box = q.get()
print('i got', box, box.maxsize)
box.put('through the inner queue')
q.put(I.create_queue(7))
""")
made = q.get()
q.put(inner)
i.exec("""
box = q.get()
print('same handle', box is I.Queue(box.id))
box.put('second')
""")
print(made, made.maxsize)
print(inner.get(), inner.get())
r = i.call(I.Queue, inner.id)
print(r is inner)


def make():
    from concurrent import interpreters as I
    qq = I.create_queue(3)
    qq.put("made in i")
    return qq


made2 = i.call(make)
print(made2.maxsize, made2.get())
print(i.call(len, [inner, inner]))
# a queue handed to a third interpreter through another interpreter
j = I.create()
j.prepare_main(q=q)
i.exec("q.put(box)")
j.exec("""
b = q.get()
b.put('from j')
print('j', b)
""")
print(inner.get())
i.close()
j.close()
print(inner.qsize(), made.qsize(), made2.qsize())
