# An immortal container is not tracked by the cycle collector; a cycle made
# only of immortals is never collected while the program runs.
import gc
import sys


class C:
    pass


a = C()
b = [a]
a.b = b
print(gc.is_tracked(a), gc.is_tracked(b))
sys._immortalize(a)
sys._immortalize(b)
print(gc.is_tracked(a), gc.is_tracked(b))
print(a.b is b, b[0] is a)
del a, b
print(gc.collect() >= 0)
l = []
sys._immortalize(l)
print(gc.is_tracked(l), gc.is_tracked([]))
