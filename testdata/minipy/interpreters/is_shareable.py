# is_shareable over every natively shareable kind and many that are not
# (those cross by pickle in call() and queues, never in prepare_main).
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
import sys


class C:
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


def f():
    pass


q = I.create_queue()
yes_or_no = [
    ("None", None), ("True", True), ("False", False), ("0", 0), ("-1", -1),
    ("2**62", 2**62), ("2**63-1", 2**63 - 1), ("2**63", 2**63), ("-2**63", -2**63),
    ("-2**63-1", -2**63 - 1), ("10**30", 10**30),
    ("1.5", 1.5), ("nan", float("nan")), ("inf", float("inf")), ("-0.0", -0.0),
    ("''", ""), ("'abc'", "abc"), ("'é€😀'", "é€😀"), ("b''", b""), ("b'xy'", b"xy"),
    ("()", ()), ("(1, 'a')", (1, "a")), ("((),)", ((),)), ("(1, [])", (1, [])),
    ("(1, (2, (3, None)))", (1, (2, (3, None)))), ("(object(),)", (object(),)),
    ("memoryview", memoryview(b"x")), ("queue", q), ("interpreter", I.get_main()),
    ("Ellipsis", ...), ("NotImplemented", NotImplemented),
    ("1j", 1j), ("[]", []), ("{}", {}), ("set()", set()), ("frozenset()", frozenset()),
    ("bytearray()", bytearray()), ("object()", object()), ("C()", C()), ("C", C),
    ("int", int), ("MyInt(1)", MyInt(1)), ("MyStr('s')", MyStr("s")),
    ("MyTuple()", MyTuple()), ("range(3)", range(3)), ("slice(1)", slice(1)),
    ("f", f), ("lambda", lambda: 0), ("len", len), ("print", print),
    ("sys", sys), ("ValueError()", ValueError()), ("ValueError", ValueError),
    ("f.__code__", f.__code__), ("iter(())", iter(())),
]
for name, v in yes_or_no:
    print(name, I.is_shareable(v))
