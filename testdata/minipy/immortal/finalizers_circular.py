# semantics.md case 10: two immortals in a cycle (a.b = b, b.a = a) whose
# weakref.finalize callbacks, run at exit, read each other; the values they
# print are those at exit time. Their __del__s then run in phase 1, still
# able to read each other.
import sys
import weakref


class N:
    def __init__(self, value):
        self.value = value

    def __del__(self):
        print("__del__", self.value, "reads", self.other.value)


def report(me):
    print("finalize", me.value, "reads", me.other.value)


a, b = N("A"), N("B")
a.other, b.other = b, a
sys._immortalize(a)
sys._immortalize(b)
weakref.finalize(a, report, a)
weakref.finalize(b, report, b)
a.value, b.value = "A2", "B2"
del a, b
print("end")
