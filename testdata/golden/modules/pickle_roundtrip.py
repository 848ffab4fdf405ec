import pickle

vals = [None, True, False, 0, 1, -1, 255, 256, 65536, -2**31, 2**31, 2**63, -2**64, 10**100, -(10**100), 2**2100,
        0.0, -0.0, 1.5, 1e300, float('inf'), 1+2j, "", "abc", "h\u00e9llo", "\u20ac\U0001F600", "a\\b\nc\r\x00\x1a\\u0041",
        "x" * 300, b"", b"abc", b"\x00\xff" * 200, bytearray(b"xy"), bytearray(),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, "a"], {}, {"a": 1}, {"a": 1, "b": [2, 3]},
        set(), {1, 2, 3}, frozenset(), frozenset({1}), range(10), range(1, 10, 2), slice(1, 2, 3),
        int, len, type(None), type(...), type(NotImplemented), ..., NotImplemented, ValueError,
        list(range(1500)), {i: str(i) for i in range(1200)}, set(range(1100)), [[1, 2], (3, [4])]]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in vals:
        data = pickle.dumps(v, p)
        w = pickle.loads(data)
        ok = w == v or (v != v and w != w)
        if type(w) is not type(v) or not ok:
            print("MISMATCH", p, repr(v)[:50], repr(w)[:50])
    print("protocol", p, "ok")

# shared and recursive references
for p in range(6):
    a = [1, 2]
    t = (a, a)
    t2 = pickle.loads(pickle.dumps(t, p))
    print(p, t2, t2[0] is t2[1])
    l = [1]
    l.append(l)
    l2 = pickle.loads(pickle.dumps(l, p))
    print(p, l2[1] is l2, pickle.dumps(l, p))
    d = {}
    d["self"] = d
    d2 = pickle.loads(pickle.dumps(d, p))
    print(p, d2["self"] is d2, pickle.dumps(d, p))
    r = []
    rt = (r,)
    r.append(rt)
    rt2 = pickle.loads(pickle.dumps(rt, p))
    print(p, rt2[0][0] is rt2, pickle.dumps(rt, p))
    s = "shared"
    print(p, pickle.dumps([s, s, (s,)], p))

# protocol None and negative, defaults
print(pickle.dumps(1, None) == pickle.dumps(1, 4), pickle.dumps(1, -1) == pickle.dumps(1, 5))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
# fix_imports off
print(pickle.dumps(range(3), 2, fix_imports=False))
print(pickle.loads(b'c__builtin__\nxrange\n(I1\nI3\ntR.'))
print(pickle.loads(b'c__builtin__\nxrange\n(I1\nI3\ntR.', fix_imports=True))
# old string opcodes
print(pickle.loads(b"S'abc'\np0\n."), pickle.loads(b"U\x03abcq\x00."), pickle.loads(b"T\x03\x00\x00\x00abc."))
print(pickle.loads(b"U\x03ab\xffq\x00.", encoding="latin1"), pickle.loads(b"U\x03abcq\x00.", encoding="bytes"))
print(pickle.loads(b"I0x10\n."), pickle.loads(b"I010\n."), pickle.loads(b"L123L\n."), pickle.loads(b"F1.5\n."))
print(pickle.loads(b"Vab\\u20ac\\\\u0041\n."))
print(pickle.encode_long(255), pickle.encode_long(-256), pickle.decode_long(b"\xff\x00"))

import _codecs
print(_codecs.encode("h\u00e9", "utf-8"), _codecs.encode("abc"), _codecs.encode("\u00e9", "latin1"))
print(_codecs.decode(b"h\xc3\xa9"), _codecs.decode(b"\xe9", "latin-1"), _codecs.decode(b"ab", "ascii", "strict"))

# copyreg registrations are used by pickle too


class Reg:
    def __init__(self, v):
        self.v = v


import copyreg
copyreg.pickle(Reg, lambda r: (Reg, (r.v + 1,)))
for p in range(6):
    data = pickle.dumps(Reg(1), p)
    print(p, data, pickle.loads(data).v)

# the extension registry: EXT1, EXT2, EXT4
copyreg.add_extension(__name__, "Reg", 7)
copyreg.add_extension("builtins", "range", 300)
copyreg.add_extension("builtins", "slice", 70000)
for p in range(6):
    data = pickle.dumps([Reg, range, slice], p)
    print(p, data, pickle.loads(data))
copyreg.remove_extension(__name__, "Reg", 7)
copyreg.remove_extension("builtins", "range", 300)
copyreg.remove_extension("builtins", "slice", 70000)
print(pickle.loads(pickle.dumps(range, 2)))


# deep nesting: RecursionError while pickling
deep = []
for i in range(5000):
    deep = [deep]
try:
    pickle.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)

# memo indexes past 255: LONG_BINPUT and LONG_BINGET
strs = ["s%d" % i for i in range(300)]
for p in range(6):
    data = pickle.dumps(strs + strs[::-1], p)
    back = pickle.loads(data)
    print(p, len(data), data[-40:], back == strs + strs[::-1], back[0] is back[-1])
