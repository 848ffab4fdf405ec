# str methods: searching, counting, prefix/suffix tests, and errors.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find("o", 5, 15))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("lazy", 0, -4))
print("x" in s, "fox" in s, s.startswith("quick", 4))
print("abc".find(""), "abc".rfind(""), "".find(""), "abc".find("c", -1))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count(1)
except TypeError as e:
    print(type(e).__name__, e)
