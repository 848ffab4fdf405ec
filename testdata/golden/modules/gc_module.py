# The gc module: collect counts on cycles, is_tracked, thresholds,
# enable/disable.
import gc
gc.collect()
print(gc.isenabled(), type(gc.get_threshold()).__name__, len(gc.get_threshold()))
gc.disable()
print(gc.isenabled())
class Node:
    pass
a = Node()
b = Node()
a.ref = b
b.ref = a
del a, b
print("cycle of two instances:", gc.collect())
lst = []
lst.append(lst)
del lst
print("self-referencing list:", gc.collect())
d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())
print("nothing left:", gc.collect())
gc.enable()
print(gc.isenabled())
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(Node()))
print(gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
old = gc.get_threshold()
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
