# bytes(): from ints, iterables, strings with encodings, buffers, errors.
print(bytes(), bytes(4), bytes([0, 127, 255]), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("é", "latin-1"))
print(bytes(memoryview(b"mv")), bytes(range(65, 70)), bytes(x for x in (97, 98)))
for args in (("é", "ascii"), ("text",), (-1,), ([300],), (["a"],), (1.5,)):
    try:
        print(bytes(*args))
    except (TypeError, ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
print(bytes("x", encoding="utf-8"), bytes("aé", "ascii", "replace"), bytes("aé", "ascii", "ignore"))
