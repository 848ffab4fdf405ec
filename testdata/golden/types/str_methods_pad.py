# str methods: strip, padding, justification, replace, expandtabs, zfill.
print(repr("  xx  ".strip()), repr("  xx  ".lstrip()), repr("  xx  ".rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"))
print("[" + "hi".center(8) + "]", "[" + "hi".center(7, "*") + "]", "[" + "hi".ljust(5, "-") + "]", "[" + "hi".rjust(5) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "x".replace("y", "z"))
print("a\tbc\td".expandtabs(), "a\tb".expandtabs(4), "ab\t\tc".expandtabs(2))
print("prefix-name".removeprefix("prefix-"), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("%s" % "x".center(3, "é"), "Straße".encode(), "abc".encode("utf-16-le"))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")), "hello".translate({ord("l"): None}))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
