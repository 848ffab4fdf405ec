# Immortalized tracebacks: the entries (tb_frame, tb_lineno, tb_next) keep
# working after the exception is gone, the frames they hold keep their
# locals, an immortal traceback can be re-attached to a new exception, and
# at shutdown the locals' __del__s run in phase 1, once.
import gc
import sys


class Witness:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("witness", self.name, "finalized")


def fail(depth):
    w = Witness("depth %d" % depth)
    if depth == 0:
        raise ValueError("bad")
    fail(depth - 1)


try:
    fail(1)
except ValueError as e:
    tb = e.__traceback__
sys._immortalize(tb)
gc.collect()
names = []
t = tb
while t is not None:
    names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
    t = t.tb_next
print(names)
print(sorted(tb.tb_next.tb_frame.f_locals), tb.tb_next.tb_frame.f_locals["w"].name)
print(sys._is_immortal(tb), sys._is_immortal(tb.tb_next), gc.is_tracked(tb))
try:
    raise RuntimeError("again").with_traceback(tb)
except RuntimeError as e2:
    n = 0
    t = e2.__traceback__
    while t is not None:
        n += 1
        t = t.tb_next
    print(n, e2.__traceback__.tb_next is tb)
del t
print("end")
