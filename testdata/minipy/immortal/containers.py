# Every kind of container can be immortalized, self-referential ones too,
# and keeps working; everything is freed at finalization.
import sys

l = [1, "two", 3.0]
l.append(l)
d = {"k": [1, 2]}
d["self"] = d
s = {1, 2, 3}
fs = frozenset({"a", "b"})
t = (l, d, 10 ** 25)
ba = bytearray(b"abc")
b = b"some bytes"
for o in (l, d, s, fs, t, ba, b):
    assert sys._immortalize(o) == 1
    assert sys._is_immortal(o)
l.append(4)
d["n"] = 5
s.add(4)
ba.extend(b"def")
print(len(l), l[3] is l, sorted(d), d["self"] is d)
print(sorted(s), sorted(fs), t[2], ba, b[:4])
print(repr(l)[:20], len(repr(d)) > 10)
print(sys._is_immortal(l[1]), sys._is_immortal(d["k"]))
