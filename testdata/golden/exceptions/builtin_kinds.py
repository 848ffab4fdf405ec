# Every common built-in exception, raised by a real operation.
import math
nothing = None
cases = [
    ("ZeroDivisionError int", lambda: 1 // 0),
    ("ZeroDivisionError mod", lambda: 5 % 0),
    ("ZeroDivisionError float", lambda: 1.0 / 0.0),
    ("KeyError", lambda: {"a": 1}["b"]),
    ("IndexError list", lambda: [1, 2][5]),
    ("IndexError tuple", lambda: ()[0]),
    ("AttributeError", lambda: (1).nope),
    ("NameError", lambda: undefined_variable),
    ("TypeError add", lambda: 1 + "a"),
    ("TypeError call", lambda: nothing()),
    ("TypeError unhashable", lambda: {[]: 1}),
    ("ValueError int", lambda: int("x1")),
    ("ValueError unpack", lambda: [a for a, b in [(1, 2, 3)]]),
    ("OverflowError float", lambda: math.exp(1000)),
    ("OverflowError int->float", lambda: float(10 ** 400)),
    ("OverflowError pow", lambda: 10.0 ** 400),
    ("ValueError math", lambda: math.sqrt(-1)),
    ("StopIteration", lambda: next(iter([]))),
    ("UnicodeDecodeError", lambda: b"\xc3\x28".decode("utf-8")),
    ("UnicodeEncodeError", lambda: "\u20ac".encode("latin-1")),
    ("LookupError codec", lambda: "x".encode("nope")),
    ("ModuleNotFoundError", lambda: __import__("no_such_module_xyz")),
    ("RuntimeError dict size", lambda: [d.pop(k) for d in [{1: 1, 2: 2}] for k in d]),
]
for label, fn in cases:
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(f"{label:28} {type(e).__name__}: {e}")
