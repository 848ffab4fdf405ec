# Values that cross by pickle through queues: the receiver gets new equal
# objects (mutations do not sync); shareable ones are copies too.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I

q = I.create_queue()
values = [None, True, 0, -5, 2**100, 1.25, "s", b"b", (1, ("a", None)),
          [1, 2], {"k": [1]}, {1}, frozenset({2}), bytearray(b"ba"), 1j,
          range(3), ValueError("x"), [[[]]], {"nested": {"deeper": [(1,)]}},
          (1, [2]), ([],), slice(None), Ellipsis]
for v in values:
    q.put(v)
for v in values:
    r = q.get()
    eq = r == v if not isinstance(v, Exception) else (type(r), r.args) == (type(v), v.args)
    print(type(r).__name__, eq, r is v)
l = [1]
q.put(l)
r = q.get()
r.append(2)
print(l, r)
i = I.create()
i.prepare_main(q=q)
q.put({"to": "i", "list": [1, 2]})
q.put({3, 4})
i.exec("""
d = q.get()
s = q.get()
print('i got', d, s, type(s).__name__)
d['list'].append(3)
q.put(d)
q.put(bytearray(b'from i'))
q.put([q])
""")
print(q.get(), q.get())
inner = q.get()
print(inner[0] is q)
s = "é" * 1000
q.put(s)
print(q.get() == s)
big = list(range(10000))
q.put(big)
print(q.get() == big)
i.close()
