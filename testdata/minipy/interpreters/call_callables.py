# call() with callables of other shapes: bound methods of built-in
# objects, class and static methods of built-in types, types themselves,
# keyword-only and variadic builtins. Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
print(i.call("a-b-c".split, "-"))
print(i.call([3, 1, 2].index, 2))
print(i.call({"k": 1}.get, "k"), i.call({"k": 1}.get, "z", "default"))
print(i.call(dict.fromkeys, [1, 2], 0))
print(i.call(int.from_bytes, b"\x01\x00", "little"), i.call(int.from_bytes, b"\x01\x00", byteorder="big"))
print(i.call(bytes.fromhex, "ff00"), i.call(str.maketrans, "ab", "xy"))
print(i.call(float.fromhex, "0x1p-2"), i.call((1.5).as_integer_ratio))
print(i.call(print, 1, 2, 3, sep="+", end="!\n"))
print(i.call(max, [], default="empty"), i.call(sorted, "cba", reverse=True))
print(i.call(isinstance, 1, int), i.call(issubclass, bool, int))
print(i.call(getattr, 3, "real"))
print(i.call(str.join, ",", ["a", "b"]))
print(i.call(divmod, -7, 2), i.call(pow, 3, 4, 5), i.call(round, 1234.5678, -2))
print(i.call(hash, "x") == hash("x"), i.call(hash, 12345))
print(i.call(format, 255, "08b"), i.call(format, 3.14159, ".2f"))
print(i.call(repr, b"\x00'\""), i.call(ascii, "é"))
print(i.call(bool, []), i.call(bool, [0]))
# eval and exec called directly see the target's __main__
i.exec("x = 'from i'")
print(i.call(eval, "x"), i.call(exec, "y = x * 2"), i.call(eval, "y"))
f = i.call(eval, "lambda: 42")
print(type(f).__name__, f.__name__)
try:
    i.call(max)
except I.ExecutionFailed as e:
    print(e.excinfo.formatted)
try:
    i.call(int, "1", "2")
except I.ExecutionFailed as e:
    print(e.excinfo.formatted)
try:
    i.call(print, file=42)
except I.ExecutionFailed as e:
    print(e.excinfo.formatted)
i.close()
