# Every function of the gc module, printing what does not depend on the
# interpreter's own objects.
import gc

print("isenabled", gc.isenabled())
gc.disable()
print("after disable", gc.isenabled())
gc.enable()
print("after enable", gc.isenabled())
print("threshold", gc.get_threshold())
gc.set_threshold(500, 5, 5)
print("set", gc.get_threshold())
gc.set_threshold(700, 10, 10)
count = gc.get_count()
print("count", type(count).__name__, len(count), all(isinstance(c, int) and c >= 0 for c in count))
print("debug", gc.get_debug())
gc.set_debug(0)
print("debug after set", gc.get_debug())
stats = gc.get_stats()
print("stats", len(stats), sorted(stats[0]))


class Node:
    def __init__(self):
        self.other = None


a, b = Node(), Node()
a.other, b.other = b, a
print("tracked", gc.is_tracked(a), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}))
print("finalized", gc.is_finalized(a))
refs = gc.get_referents(a.__dict__)
print("referents", b in refs, len([r for r in refs if r is b]))
print("referrers", any(r is a.__dict__ for r in gc.get_referrers(b)))
objs = gc.get_objects()
print("objects", type(objs).__name__, any(o is a for o in objs))
del a, b, refs, objs
# (How many objects a cycle counts depends on instance dicts: pending
# del/del_cycle_gc.py pins that.)
print("collected", gc.collect() >= 2)
print("collect gen 0", gc.collect(0) >= 0)
gc.freeze()
print("frozen", gc.get_freeze_count() > 0)
gc.unfreeze()
print("unfrozen", gc.get_freeze_count())
print("garbage", gc.garbage, type(gc.callbacks).__name__)
