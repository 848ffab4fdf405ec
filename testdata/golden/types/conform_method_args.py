# Every method of the built-in types called with odd arguments: results
# and error messages as python3's.
objs = ["ab", b"ab", [3, 1], (1,), bytearray(b"x"), {1: 2}, range(3), {1}, frozenset([2]), 7, 1.5, 2j, slice(1, 5)]
argsets = [(None,), ("x",), (-1,), (2**70,), ("a", None), (b"x",)]
skip = {"__init_subclass__", "__subclasshook__", "__new__", "__init__", "__class__", "__doc__", "__hash__", "__getattribute__", "__setattr__", "__delattr__", "__dir__", "__reduce_ex__", "__reduce__", "__getstate__", "__sizeof__", "__alloc__", "__format__"}
import copy
for o in objs:
    for name in dir(o):
        if name in skip: continue
        for a in argsets:
            if isinstance(o, (int, float, complex)) and 2**70 in a: continue
            x = copy.copy(o)
            m = getattr(x, name, None)
            if not callable(m) or isinstance(m, type): continue
            try: r = m(*a); r = "ok " + (repr(r) if not hasattr(r, '__next__') else type(r).__name__)
            except Exception as e: r = type(e).__name__ + ": " + str(e)
            print(type(o).__name__, name, a, r[:120])
