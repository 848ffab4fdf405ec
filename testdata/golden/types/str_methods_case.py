# str methods: case changes and predicates.
s = "Hello, World! ß ǅ 123"
print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize())
print("hello world".title(), "they're bill's".title(), "ÉCOLE".lower(), "ﬁne".upper())
for t in ("abc", "ABC", "Abc", "123", "1.5", "", " ", "a1", "Ab Cd", "½", "٣", "_x", "class"):
    print(repr(t), t.isalpha(), t.isupper(), t.islower(), t.isdigit(), t.isdecimal(), t.isnumeric(),
          t.isalnum(), t.isspace(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
