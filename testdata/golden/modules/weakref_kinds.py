# Weak references to functions, classes, generators, methods and sets die
# with them (classes and functions via the collector).
import gc
import weakref

gc.disable()


def make():
    def inner():
        return 1

    class K:
        def m(self):
            pass

    return inner, K


inner, K = make()
rf = weakref.ref(inner, lambda w: print("function gone"))
rk = weakref.ref(K, lambda w: print("class gone"))
g = (i for i in range(3))
rg = weakref.ref(g, lambda w: print("generator gone"))
s = {1, 2}
rs = weakref.ref(s, lambda w: print("set gone"))
fs = frozenset([3])
rfs = weakref.ref(fs, lambda w: print("frozenset gone"))
bm = K().m
rbm = weakref.ref(bm, lambda w: print("bound method gone"))
print(rf()(), rk().__name__, next(rg()), rs() == {1, 2}, rfs() == {3}, rbm() is bm)
del g
del s, fs, bm
print("del inner")
del inner
print("del K")
del K
print("collect")
gc.collect()
print(rf(), rk())
