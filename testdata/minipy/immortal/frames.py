# Immortalized frames (sys._getframe()): a running frame, frames of calls
# that returned, the module's frame; they keep working (f_code, f_locals,
# f_back), their refcount is pinned, the collector does not
# track them (not even the one immortalized while running, whose frame
# object takes over the locals when its call returns), and the objects
# their locals hold are finalized at shutdown in phase 1, once. A frame's
# locals that hold the frame itself (fr, and the f_locals dict) are no
# obstacle to its destruction.
import gc
import sys


class Local:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("local", self.name, "finalized")


def outer():
    x = Local("x of outer")

    def inner():
        y = Local("y of inner")
        fr = sys._getframe()
        print("immortalize running frame:", sys._immortalize(fr))
        return fr

    return inner(), sys._getframe()


inner_frame, outer_frame = outer()
print(sys._immortalize(outer_frame), sys._immortalize(inner_frame))
print(inner_frame.f_code.co_name, outer_frame.f_code.co_name)
print(inner_frame.f_back is outer_frame, sorted(outer_frame.f_locals))
print(type(inner_frame.f_locals["y"]).__name__, inner_frame.f_locals["y"].name)
print(inner_frame.f_locals["fr"] is inner_frame)
print(sys.getrefcount(inner_frame) == sys.getrefcount(None))
mod = sys._getframe()
print(sys._immortalize(mod), sys._immortalize(mod), mod.f_code.co_name)
print(sys._is_immortal(mod), mod.f_back)
print([gc.is_tracked(f) for f in (inner_frame, outer_frame, mod)])
del inner_frame, outer_frame, mod
print("end")
