import pickle
vals = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -129, 2**31-1, -2**31, 2**31, -2**31-1, 2**63, -2**64, 10**100, -(10**100), 2**2100,
        0.0, -0.0, 1.5, 1e300, float('inf'), 3.141592653589793,
        1+2j, "", "abc", "h\u00e9llo", "\u20ac\U0001F600", "a\\b\nc\r\x00\x1a", "x"*300,
        b"", b"abc", b"\x00\xff"*200, bytearray(b"xy"), bytearray(),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, "a"], {}, {"a": 1}, {"a": 1, "b": [2, 3]},
        set(), {1, 2, 3}, frozenset(), frozenset({1}), range(10), range(1, 10, 2), slice(1, 2, 3), slice(None),
        int, len, type(None), type(...), type(NotImplemented), ..., NotImplemented, ValueError, Exception("boom"), ValueError(1, 2),
        list(range(1500)), {i: str(i) for i in range(1200)}, set(range(1100)),
        ]
for p in range(6):
    for v in vals:
        try:
            print(p, repr(v)[:40], pickle.dumps(v, p))
        except Exception as e:
            print(p, repr(v)[:40], "ERR", type(e).__name__, e)
