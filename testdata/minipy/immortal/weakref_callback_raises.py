# A weakref callback that raises at shutdown (phase 1) is reported as
# CPython reports an exception in a weakref callback, and finalization
# goes on: the other callbacks and the __del__s still run.
import sys
import weakref


class Raiser:
    def __call__(self, w):
        raise ValueError("callback failed")

    def __repr__(self):
        return "<raiser>"


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a, b = Obj("a"), Obj("b")
keep = [weakref.ref(a, Raiser()), weakref.ref(b, lambda w: print("callback b"))]
for o in (a, b, keep):
    sys._immortalize(o)
del a, b, keep
print("end")
