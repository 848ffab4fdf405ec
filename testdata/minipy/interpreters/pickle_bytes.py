# pickle.dumps of built-in types with explicit protocols 0-5: the bytes
# are CPython's (3.11 and 3.14 give the same for an explicit protocol; only
# the default protocol differs: 4 in 3.11, 5 in 3.14).
# Expected output: CPython 3.14's.
import pickle

values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31, 2**63, -2**100,
          0.5, -0.0, float("inf"), 1e300, "", "a", "é€😀", "x" * 300, b"", b"\x00\xff", b"y" * 300,
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, "a"], {}, {"a": 1, "b": [2]},
          set(), {3}, frozenset(), frozenset({4}), bytearray(b"ab"), 1 + 2j, ..., NotImplemented,
          int, len, range(5), slice(1, 2, 3)]
for proto in range(6):
    for v in values:
        print(proto, repr(v)[:30], pickle.dumps(v, proto))
shared = [1]
print(pickle.dumps([shared, shared], 2))
print(pickle.dumps([shared, shared], 4))
print(pickle.HIGHEST_PROTOCOL)
for proto in range(6):
    for v in values:
        assert pickle.loads(pickle.dumps(v, proto)) == v or v != v, (proto, v)
print("round trips ok")
