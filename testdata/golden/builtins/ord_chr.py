# ord and chr, including non-ASCII and their errors.
print(ord("a"), ord("é"), ord("€"), ord("\U0001F600"), ord(b"A"), ord(bytearray(b"z")))
print(chr(97), chr(233), chr(8364), chr(0x1F600), repr(chr(0)), chr(0x10FFFF) == "\U0010FFFF")
print("".join(chr(ord(c) + 1) for c in "HAL"))
for call in (lambda: ord("ab"), lambda: ord(""), lambda: ord(5), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a")):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
