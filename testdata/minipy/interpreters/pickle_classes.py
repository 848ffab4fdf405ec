# Instances of classes importable by name cross by pickle through call()
# and queues (plain instances, __reduce__, __getstate__/__setstate__,
# __slots__, subclasses of list and dict), and functions of importable
# modules are called by name. Expected output: CPython 3.14's.
import sys
import os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "pickle_classes_mods"))
from concurrent import interpreters as I
import shapes

i = I.create()
i.exec(f"import sys; sys.path.insert(0, {sys.path[0]!r})")
p = i.call(shapes.make_point, 1, 2)
print(p, type(p) is shapes.Point, p == shapes.Point(1, 2))
print(i.call(shapes.where), i.call(shapes.describe, shapes.Point(3, 4)))
print(i.call(shapes.describe, shapes.Reduced(1, "a")))
s = shapes.Stateful(7)
r = i.call(shapes.describe, s)
back = i.call(shapes.Stateful, 8)
print(back.n, back.cache)
sl = i.call(shapes.Slotted, 1, [2])
print(type(sl).__name__, sl.a, sl.b)
ml = i.call(shapes.MyList, [1, 2])
md = i.call(shapes.MyDict, a=1)
print(type(ml).__name__, ml, type(md).__name__, md)
print(i.call(shapes.describe, shapes.MyList([3])))
try:
    i.call(shapes.describe, shapes.NoPickle())
except I.NotShareableError as e:
    print(type(e).__name__, type(e.__cause__).__name__, str(e.__cause__).split(" at 0x")[0])
try:
    i.call(shapes.NoPickle)
except I.NotShareableError as e:
    print("result:", type(e).__name__, e)
q = I.create_queue()
i.prepare_main(q=q)
q.put(shapes.Point(5, 6))
q.put(shapes.Stateful(9))
i.exec("""
import shapes
p = q.get()
s = q.get()
print('i got', p, type(p) is shapes.Point, s.n, s.cache)
q.put(shapes.Reduced(p.x, p.y))
q.put([shapes.Point(0, 0), shapes.MyDict(k=shapes.Point(1, 1))])
""")
print(q.get(), q.get())
i.close()
