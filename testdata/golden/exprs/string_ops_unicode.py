# Unicode strings: lengths, indexing, case mapping, encoding round trips.
s = "naïve café 日本 😀"
print(len(s), s[2], s[-1], s[6:10], s.upper(), s.title())
b = s.encode("utf-8")
print(len(b), b[:8], b.decode("utf-8") == s)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"))
print([hex(ord(c)) for c in "é日😀"], "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print(sorted("bäcà"), "ß".upper(), "İ".lower(), len("İ".lower()), "ǈ".title(), "Σ".lower())
print("straße".casefold() == "STRASSE".casefold(), "x".join("日本"), "日本語".find("語"))
print(repr("\t\n\x00é😀"), ascii("é😀"), "%-4s|" % "日")
