# bytes literals, escapes, repr, indexing and operations.
b = b"hello"
print(b, b[0], b[-1], b[1:3], list(b[:2]))
print(b"\x00\xff\n\t\\", repr(b"'"), repr(b'"'), repr(b"'\""))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"))
print(b"Hello World".lower(), b"a,b,c".split(b","), b" x ".strip())
print(b"abc".hex(), bytes.fromhex("de ad be ef"), b"caf\xc3\xa9".decode())
print(len(b"\x00\x01"), b"abc" < b"abd", b"" == bytes())
print(b"%d-%s" % (5, b"x"), b"abc".upper().startswith(b"AB"))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
