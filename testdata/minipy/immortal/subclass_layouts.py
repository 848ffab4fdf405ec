# Immortalizing instances of str, int, bytes and tuple subclasses: their GC
# head lies after the variable-size payload, not right after the object
# header, so immortalization (which takes a container off the collector's
# lists) and finalization (which puts it back) must find it there. This
# panicked for enum members of StrEnum (enum.CONFORM) before the fix.
# Expected output by hand: each object is tracked before (it holds a list
# that holds it), untracked and immortal after; __del__ runs once at exit,
# after "end", in the order of immortalization.
import gc
import sys

class S(str):
    def __del__(self):
        print("del S", str(self))

class I(int):
    def __del__(self):
        print("del I", int(self) == 10**30)

class B(bytes):
    def __del__(self):
        print("del B", bytes(self))

class T(tuple):
    def __del__(self):
        print("del T", len(self))

for o in (S("a"), I(10**30), B(b"x"), T((1, []))):
    o.me = [o]
    print(type(o).__name__, gc.is_tracked(o), sys._immortalize(o), gc.is_tracked(o), sys._is_immortal(o))
    del o
gc.collect()
print("end")
