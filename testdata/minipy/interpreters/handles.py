# Interpreter and Queue handles: repr, hash, equality and identity, the
# one-handle-per-id cache, and pickling (by id) in the same and another
# interpreter. Expected output: CPython 3.14's.
from concurrent import interpreters as I
import pickle

i = I.create()
print(repr(i), str(i), hash(i) == hash(i.id), i == i, i != i)
print(I.Interpreter(i.id) is i, I.list_all()[-1] is i)
j = I.create()
print(i == j, i != j, hash(j) == hash(j.id))
print({i: "i", j: "j"}[I.Interpreter(j.id)])
for proto in range(6):
    d = pickle.dumps(i, proto)
    print(proto, pickle.loads(d) is i)
print(pickle.dumps(i, 4))
print(i.__reduce__())
try:
    i.id = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    i.whence = "x"
except AttributeError as e:
    print(type(e).__name__, e)

q = I.create_queue()
print(repr(q), str(q), hash(q) == hash(q.id), q == q, I.Queue(q.id) is q)
q2 = I.create_queue(2)
print(q == q2, q != q2, q2.id - q.id)
for proto in range(6):
    print(proto, pickle.loads(pickle.dumps(q, proto)) is q)
print(pickle.dumps(q, 4))
print(q.__reduce__())

# handles sent to another interpreter name the same interpreter / queue
try:
    i.prepare_main(me=i)
except I.NotShareableError as e:
    print(type(e).__name__, e)
i.prepare_main(q=q)
q.put(i)
q.put(j)
i.exec("""
from concurrent import interpreters as I
me = q.get()
other = q.get()
print('in i', q, me, other, me is I.get_current(), I.Queue(q.id) is q)
print('in i', me.id, other.id, other.whence)
q.put(me)
q.put(q)
""")
me = q.get()
print(me is i, q.get() is q)
print(i.call(I.get_current) is i)
print(j.call(I.get_current) is j)
i.close()
j.close()
print(repr(i), hash(i) == hash(i.id))
