# semantics.md case 18, its single-interpreter part: immortal objects with
# weakref.finalize callbacks that write out of the interpreter (the fork's
# test uses a pipe; minipy's os has none, so an unbuffered file stands in
# for it). The callbacks run at exit (atexit, the referents still alive,
# the latest registered first) and the data is out when the reader,
# registered with atexit before any finalize (so it runs last), reads it.
# The writer is an immortal file object, still usable in phase 1 by the
# immortals' __del__s, then closed when phase 2 destroys it.
import atexit
import os
import sys
import weakref

path = "/tmp/minipy_immortal_pipe_%d" % os.getpid()
out = open(path, "wb", buffering=0)
sys._immortalize(out)


def drain():
    with open(path, "rb") as f:
        data = f.read()
    os.remove(path)
    print("written by the finalizers:", data.decode().split())


atexit.register(drain)


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        self.out.write(b"late ")


for i in range(3):
    res = Resource("r%d" % i)
    res.out = out
    sys._immortalize(res)
    weakref.finalize(res, out.write, (res.name + " ").encode())
del res
print("end")
