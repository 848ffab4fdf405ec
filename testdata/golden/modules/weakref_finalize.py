# weakref.finalize: runs when the object dies, or at exit for those alive
# then (newest first, after atexit callbacks registered later, before
# those registered earlier); detach, peek, alive, atexit=False.
import atexit
import weakref

atexit.register(print, "atexit registered before any finalize")


class Res:
    def __init__(self, name):
        self.name = name


def close(name, how="normally"):
    print("close", name, how)
    return name


r1 = Res("r1")
f1 = weakref.finalize(r1, close, "r1")
print(f1.alive, f1.atexit, f1.peek()[1:] == (close, ("r1",), {}))
del r1
print(f1.alive)
r2 = Res("r2")
f2 = weakref.finalize(r2, close, "r2", how="by call")
print(f2(), f2.alive, f2())
r3 = Res("r3")
f3 = weakref.finalize(r3, close, "r3")
obj, func, args, kwargs = f3.detach()
print(obj is r3, args, f3.alive, f3.detach())
del obj
r4 = Res("r4")
weakref.finalize(r4, close, "r4", how="at exit")
r5 = Res("r5")
weakref.finalize(r5, close, "r5", how="at exit (newest first)")
r6 = Res("r6")
f6 = weakref.finalize(r6, close, "r6", how="never")
f6.atexit = False
print(f6.atexit)
atexit.register(print, "atexit registered after finalize")
print("end of script")
