# An immortal's __del__ runs exactly once, even when it is also reached
# from other immortals and when the same object is immortalized twice.
import sys


class D:
    count = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        # Module globals are gone by now (module teardown came first):
        # reach the class through the instance.
        type(self).count += 1
        print("__del__", self.name, type(self).count)


x = D("x")
sys._immortalize(x)
sys._immortalize(x)
holder = [x, x, (x,)]
sys._immortalize(holder)
other = D("other")
other.x = x
sys._immortalize(other)
print("end")
