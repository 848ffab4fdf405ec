# prepare_main: a dict and keywords together (keywords win), rebinding,
# values seen by functions defined there, many kinds of shareable values
# and the values that are refused. Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
i.prepare_main({"a": 1, "b": 2}, b=3, c=4)
i.exec("print(a, b, c)")
i.prepare_main(a="rebound")
i.exec("def show(): return a\nprint(show())")
i.prepare_main(a=(1, (2, "x")))
i.exec("print(show(), type(a).__name__)")
i.prepare_main(n=None, t=True, f=1.5e300, s="é€😀", bb=b"\x00\xff", big=2**62, neg=-2**63)
i.exec("print(n, t, f, s, bb, big, neg)")
q = I.create_queue()
i.prepare_main(q=q, tq=(q, q))
i.exec("print(q, tq, tq[0] is q)")
i.prepare_main(__name__="renamed")
i.exec("print(__name__)")
i.prepare_main(print="shadowed")
i.exec("print_ = print\nimport builtins\nbuiltins.print(print_)")
i.exec("del print")
for bad in ([], {}, set(), bytearray(b"x"), 1j, 2**64, (1, [2]), (1, {}), I.get_main(), object, len):
    try:
        i.prepare_main(v=bad)
        print("accepted", type(bad).__name__)
    except I.NotShareableError as e:
        print(type(bad).__name__, type(e).__name__)
i.exec("print('v' in dir())")
try:
    i.prepare_main({"ok": 1}, bad=[])
except I.NotShareableError:
    pass
i.exec("print('ok' in dir())")
i.close()
