# Interpreter.prepare_main: natively shareable values only (3.14 never
# pickles here). Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
i.prepare_main(a=1, b="s", c=(1, 2.5, None, True, b"x"))
try:
    i.prepare_main(big=10**30)
except I.NotShareableError as e:
    print(type(e).__name__, e)
i.prepare_main({"d": -7}, e=False)
i.exec("print(a, b, c, d, e)")
i.exec("print(type(a).__name__, type(c).__name__)")

for bad in [dict(l=[1, 2]), dict(t=(1, [])), dict(o={}), dict(f=print)]:
    try:
        i.prepare_main(bad)
    except I.NotShareableError as e:
        print(type(e).__name__, e, isinstance(e, TypeError))

try:
    i.prepare_main()
except ValueError as e:
    print(type(e).__name__, e)
try:
    i.prepare_main({})
except ValueError as e:
    print(type(e).__name__, e)

for x in [None, True, 1, 1.5, "s", b"b", (1, "a"), (1, []), 10**40]:
    print(repr(x), I.is_shareable(x))
for x in [[], {}, object(), print, I, bytearray(b"x"), {1}]:
    print(type(x).__name__, I.is_shareable(x))
print(I.is_shareable(I.create_queue()))
i.close()
