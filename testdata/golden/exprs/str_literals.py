# String literals: quotes, escapes, raw, triple-quoted, concatenation, unicode.
print('single', "double", '''triple single''', """triple double""")
print("tab\there", "newline\\n shown", 'quote \' inside', "quote \" inside")
print(r"raw \n stays", R'raw \t', rb"raw bytes \x00")
print("adjacent " "literals " 'join')
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101")
print(repr("\x00\x07\x1b\x7f"), repr("é"), repr("\u200b"), repr("\U0001F600"))
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'), repr("back\\slash"))
multi = """line one
line two\
 continued"""
print(multi)
print(len("héllo"), "héllo"[1], "日本語"[::-1])
print("a" * 3, "ab" + "cd", "x" in "xyz", "abc" < "abd", "B" < "a")
print(str(), repr(""), repr("'"), repr('"'))
print("\N{LATIN SMALL LETTER SHARP S}".upper(), "ǅ".lower(), "ﬁ".upper())
