# bytes methods: search, split, join, strip, case, replace, and predicates.
b = b"Hello, World"
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b.split(b", "), b"a b  c".split(), b"x|y|z".rsplit(b"|", 1), b"-".join([b"a", b"b"]), b.partition(b", "))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"  pad  ".strip(), b"xxhixx".strip(b"x"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b"ab".center(6, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b"  ".isspace(), b"ABC".isupper(), b"Ab Cd".istitle())
print(b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"\xffab".decode("ascii", "ignore"))
print(b"a\tb".expandtabs(4), b"hello".translate(None, b"l"), bytes.maketrans(b"ab", b"xy"), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(b"line1\nline2\r\n".splitlines(), b"ab".hex(":"), b"%s=%d" % (b"k", 1), b"abc"[1], b"abc"[1:2])
for call in (lambda: b.index(b"zz"), lambda: b"a".join(["s"]), lambda: b.find("o"), lambda: b"\x80".decode("ascii")):
    try:
        print(call())
    except (ValueError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
