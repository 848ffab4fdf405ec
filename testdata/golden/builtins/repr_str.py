# repr and str of built-in values and of user classes.
values = [0, -5, 3.0, 1e100, 1j, "it's", 'say "x"', b"\x00b", [1, "a"], (1,),
          {"k": [None]}, {1}, frozenset({2}), None, True, ..., range(3), slice(1, 2)]
for v in values:
    print(repr(v), "|", str(v))
class Plain:
    pass
class WithRepr:
    def __repr__(self):
        return "WithRepr()"
class WithStr:
    def __str__(self):
        return "str of WithStr"
    def __repr__(self):
        return "repr of WithStr"
print(repr(WithRepr()), str(WithRepr()), [WithRepr()])
print(repr(WithStr()), str(WithStr()), [WithStr()], f"{WithStr()}")
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
print(str(b"x"), str(1.5), str("s"), str(), repr(str))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
