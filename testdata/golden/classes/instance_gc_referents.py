# What the collector sees of instances: inline __dict__ values until the
# dict is exposed, __slots__ values, subclasses of int and float tracked.
import gc
class A: pass
a = A(); a.x = [1]; a.y = 2
r = gc.get_referents(a)
print(sorted(type(x).__name__ for x in r))
d = a.__dict__
print(gc.is_tracked(d), d)
r = gc.get_referents(a)
print(sorted(type(x).__name__ for x in r))
a.__dict__ = {"z": 1}
print(a.z, vars(a))
class B: __slots__ = ("p",)
b = B(); b.p = [2]
print(sorted(type(x).__name__ for x in gc.get_referents(b)))
class E(Exception): pass
def g():
    try:
        raise E("x")
    except E as e:
        return e
gc.collect()
e = g(); e.me = e; del e
print(gc.collect() > 0)
class I(int): pass
i = I(4)
print(gc.is_tracked(i), sorted(type(x).__name__ for x in gc.get_referents(i)))
objs = [o for o in gc.get_objects() if type(o) is I]
print(len(objs), objs[0] is i)
class Fl(float): pass
lst = [Fl(1.0) for _ in range(3)]
print(sum(1 for o in gc.get_objects() if type(o) is Fl))
del lst
print(sum(1 for o in gc.get_objects() if type(o) is Fl))
