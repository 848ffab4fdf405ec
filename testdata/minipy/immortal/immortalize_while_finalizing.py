# semantics.md case 11: sys._immortalize inside a weakref.finalize callback
# running at exit is allowed; what it immortalizes then is finalized
# (its __del__ runs once) and destroyed with zero blocks left.
import sys
import weakref


class Fresh:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Fresh", self.n, "finalized")


class Thing:
    pass


def callback(tag):
    fresh = [Fresh(1), Fresh(2)]
    print("immortalize at exit:", sys._immortalize(fresh), sys._immortalize(fresh))
    print("called", tag)


t = Thing()
sys._immortalize(t)
weakref.finalize(t, callback, "immortal")
m = Thing()
keep = m
weakref.finalize(m, callback, "mortal")
print("end")
