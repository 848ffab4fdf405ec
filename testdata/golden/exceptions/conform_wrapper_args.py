# Argument errors of built-in methods and slot wrappers: sequence repeat
# (__mul__/__rmul__/__imul__ take an index), __setitem__ wrappers, METH_O
# and METH_NOARGS methods named after their type, list.sort's count.
for obj in ["ab", b"ab", [1], (1,), bytearray(b"x")]:
    for name in ["__mul__", "__rmul__", "__imul__", "__getitem__", "__add__", "__contains__", "__len__"]:
        m = getattr(obj, name, None)
        if m is None: continue
        for a in [(), ("x",), (None,), (2.0,), (1, 2), (2,)]:
            try: r = m(*a)
            except Exception as e: r = type(e).__name__ + ": " + str(e)
            print(type(obj).__name__, name, a, repr(r))
for obj in ["ab", b"ab", [1], (1,), bytearray(b"x"), {1: 2}, range(3), {1}, frozenset()]:
    for name in ["__getitem__", "__contains__", "__len__", "__add__", "__eq__", "__setitem__", "__delitem__", "__iadd__", "__class_getitem__"]:
        m = getattr(obj, name, None)
        if m is None: continue
        for a in [(), (1, 2, 3)]:
            try: r = m(*a)
            except Exception as e: r = type(e).__name__ + ": " + str(e)
            print(type(obj).__name__, name, a, repr(r)[:70])
class ML(list): pass
class MD(dict): pass
tests = [lambda: True.bit_length(1), lambda: int.bit_length(True, 1), lambda: ML().append(), lambda: MD().get(),
         lambda: ML().clear(1), lambda: MD().keys(1), lambda: ML.append(ML()), lambda: ML().__len__(1), lambda: "".upper(1),
         lambda: ML.__class_getitem__(), lambda: [].sort(1), lambda: [].sort(1, 2, 3), lambda: [].sort(1, key=None, reverse=True),
         lambda: (1, 2).__sizeof__(1), lambda: object().__sizeof__(1), lambda: [].__getitem__(), lambda: reversed(type("G", (), {"__getitem__": lambda s, i: i})())]
for f in tests:
    try: f()
    except TypeError as e: print(e)
