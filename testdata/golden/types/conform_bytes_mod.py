# bytes % and bytearray % format only with their own type on the left.
for a, b in [(b"%s", b"x"), (bytearray(b"%s"), b"x"), (b"%s", bytearray(b"y")), (bytearray(b"%s"), bytearray(b"z")), (b"%d", 5), ("%s", b"q"), (b"x", "y")]:
    try: print(repr(a % b))
    except Exception as e: print(type(e).__name__, e)
for o, m, x in [(bytearray(b"x"), "__rmod__", b"%s"), (b"x", "__rmod__", bytearray(b"%s")), (b"%s", "__mod__", 1), (bytearray(b"%s"), "__rmod__", bytearray(b"%s"))]:
    try: print(repr(getattr(o, m)(x)))
    except Exception as e: print(type(e).__name__, e)
