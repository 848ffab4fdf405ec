# An exception in a weakref callback is reported as unraisable (on del and
# in a collection) and the other callbacks still run; WeakMethod.
import gc
import weakref


class Callback:
    def __init__(self, name, fail):
        self.name, self.fail = name, fail

    def __repr__(self):
        return "<Callback %s>" % self.name

    def __call__(self, wr):
        print("callback", self.name, wr() is None)
        if self.fail:
            raise ValueError("callback " + self.name + " failed")


class C:
    pass


c = C()
r1 = weakref.ref(c, Callback("one", False))
r2 = weakref.ref(c, Callback("two", True))
r3 = weakref.ref(c, Callback("three", False))
del c
print("after del")

d = C()
d.me = d
rd = weakref.ref(d, Callback("gc", True))
del d
gc.collect()
print("after collect")


class M:
    def meth(self):
        return "meth called"


m = M()
wm = weakref.WeakMethod(m.meth, lambda w: print("WeakMethod callback", w() is None))
print(wm()(), wm == weakref.WeakMethod(m.meth))
del m
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError")
