# An interpreter creating interpreters; closing it releases its handles,
# which closes the interpreters only it held. Expected output: CPython
# 3.14's.
from concurrent import interpreters as I

j = I.create()
j.exec("""
from concurrent import interpreters as I
k = I.create()
k.exec("print('nested interpreter', __name__)")
print(I.list_all(), I.get_current(), k.whence)
q = I.create_queue()
k.prepare_main(q=q)
k.exec("q.put(('from k', 1))")
print(q.get())
""")
print(I.list_all())
kept = I.Interpreter(2)
print(kept.whence)
j.close()
print(I.list_all())
kept.exec("print('still alive: a handle in main keeps it')")
del kept
print(I.list_all())
