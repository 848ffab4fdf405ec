# An immortal in mortal containers that die at run time: it survives, its
# refcount never moves, its __del__ runs only at exit.
import gc
import sys


class D:
    def __del__(self):
        print("__del__ at exit")


d = D()
sys._immortalize(d)
r = sys.getrefcount(d)
for _ in range(3):
    box = [d, {"d": d}]
    box.append(box)
    del box
    gc.collect()
print(sys.getrefcount(d) == r)
d = None
gc.collect()
print("end")
