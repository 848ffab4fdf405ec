# Interpreter.call: what callables it accepts (builtins, methods,
# importable functions, classes, argument-less functions sent as code),
# arguments and keyword arguments, and results of many kinds.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
import math
import os.path

i = I.create()
print(i.call(abs, -3), i.call(max, 3, 9, 1), i.call(min, [4, 2]))
print(i.call(math.gcd, 12, 18), i.call(math.sqrt, 16.0))
print(i.call(os.path.join, "a", "b"), i.call(str.__add__, "x", "y"))
print(i.call(str.upper, "abc"), i.call("-".join, ["a", "b"]))
print(i.call(int, "ff", 16), i.call(int, "11", base=2))
print(i.call(sorted, [3, -1, 2], key=abs))
print(i.call(dict, [(1, 2)], x=3))
print(i.call(range, 5), i.call(slice, 1, 2), i.call(complex, 1, 2))
print(i.call(frozenset, [1]), i.call(bytearray, b"ab"), i.call(list, range(3)))
print(i.call(divmod, 7, 2), i.call(pow, 2, -1), i.call(round, 2.675, 2))
print(i.call(repr, None), i.call(type, 1))
print(i.call(bool), i.call(tuple), i.call(str), i.call(set), i.call(object) is not None)
print(i.call(print, "printed", "in", "i", sep="-"))
print(i.call(len, "é€😀"), i.call(ord, "€"), i.call(chr, 128512))
print(i.call(hex, 2**100), i.call(int.bit_length, 2**100))
print(i.call(float.fromhex, "0x1.8p1"), i.call(float, "nan"), i.call(float, "-inf"))


def nothing():
    pass


def answer():
    return 42


def gives_list():
    return [1, (2, 3), {"k": {4}}]


def uses_import():
    import sys
    return sys.version_info[:2] >= (3, 0)


def where():
    import concurrent.interpreters as I
    return I.get_current().id


print(i.call(nothing), i.call(answer), i.call(gives_list), i.call(uses_import), i.call(where))
print(i.call(lambda: "lambda result"))
r = i.call(gives_list)
print(type(r).__name__, r is i.call(gives_list))
print(i.call(i.call.__class__.__name__.upper))
try:
    i.call()
except TypeError as e:
    print(type(e).__name__, e)
for bad in [42, "print", None, [print]]:
    try:
        i.call(bad)
    except TypeError as e:
        print(type(e).__name__, e)
i.close()
