# A weak reference to a mortal object that an immortal holds: the mortal
# survives collections while the program runs (the immortal's references
# are roots); dropped by the immortal at run time, it dies at once and the
# callback runs then; still held at shutdown, its callback runs in phase 1,
# exactly once, with the immortal still intact.
import gc
import sys
import weakref


class Box:
    def __init__(self, name):
        self.name = name


def watcher(name, holder):
    def cb(w):
        print("callback", name, "- holder has", len(holder.items), "items")
    return cb


holder = Box("holder")
holder.items = [Box("kept"), Box("dropped")]
holder.refs = [weakref.ref(b, watcher(b.name, holder)) for b in holder.items]
sys._immortalize(holder)
get_holder = weakref.ref(holder)
del holder
gc.collect()
print([r().name for r in get_holder().refs])
print(sys._is_immortal(get_holder().items[0]))
get_holder().items.pop()
print([r() is None for r in get_holder().refs])
gc.collect()
print("end")
