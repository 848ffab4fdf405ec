# The gc module's API without cycles: enable/disable, thresholds,
# collect on an empty heap, is_tracked of atoms and containers.
import gc
gc.collect()
print(gc.collect(), type(gc.collect()).__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), len(gc.get_threshold()), all(isinstance(t, int) for t in gc.get_threshold()))
print(gc.is_tracked(0), gc.is_tracked(1.5), gc.is_tracked("str"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked([1]), gc.is_tracked(set()), gc.is_tracked(lambda: 0))
class Plain:
    pass
print(gc.is_tracked(Plain()), gc.is_tracked(Plain))
try:
    gc.set_threshold()
except TypeError as e:
    print(type(e).__name__, e)
