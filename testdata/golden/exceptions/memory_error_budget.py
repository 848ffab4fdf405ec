# Requests beyond what the machine can give raise MemoryError, as CPython's
# failed malloc; sizes that do not fit a machine word raise OverflowError.
# The program goes on afterwards, and an uncaught MemoryError prints its
# traceback.
N = 10 ** 12
cases = [
    ("list repeat", lambda: [0] * N),
    ("list repeat, int first", lambda: N * [0]),
    ("list of two repeated", lambda: [1, 2] * N),
    ("tuple repeat", lambda: (0,) * N),
    ("str repeat", lambda: "ab" * N),
    ("bytes repeat", lambda: b"x" * N),
    ("bytearray(n)", lambda: bytearray(N)),
    ("bytes(n)", lambda: bytes(N)),
    ("list(range)", lambda: list(range(N))),
    ("tuple(range)", lambda: tuple(range(N))),
    ("bytes(range)", lambda: bytes(range(N))),
    ("unpacked range", lambda: [*range(N)]),
    ("sorted(range)", lambda: sorted(range(N))),
    ("list(reversed(range))", lambda: list(reversed(range(N)))),
    ("extend by range", lambda: [1].extend(range(N))),
    ("str.ljust", lambda: "a".ljust(N)),
    ("str.center", lambda: "a".center(N)),
    ("str.zfill", lambda: "x".zfill(N)),
    ("bytes.ljust", lambda: b"a".ljust(N)),
    ("format width", lambda: "{:>10000000000000}".format("a")),
    ("f-string width", lambda: f"{1:10000000000000}"),
    ("int.to_bytes", lambda: (1).to_bytes(N, "big")),
    ("%-format width", lambda: "%10000000000000d" % 1),
    ("bytes %-format width", lambda: b"%10000000000000d" % 1),
    ("%-format * width", lambda: "%*d" % (N * 10, 1)),
    ("%-format * width overflow", lambda: "%*d" % (2 ** 63, 1)),
    ("%-format * precision overflow", lambda: "%.*f" % (2 ** 31, 1.0)),
    ("2**61 items", lambda: [None] * 2 ** 61),
    ("bytearray(2**62)", lambda: bytearray(2 ** 62)),
    ("index overflow", lambda: [0] * 2 ** 63),
    ("str length overflow", lambda: "ab" * 2 ** 62),
]
for label, make in cases:
    try:
        make()
        print(label, "allocated?!")
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, repr(e))


def inplace(x, n):
    x *= n
    return x


for start in ([0], "a", (1,), bytearray(b"a")):
    try:
        inplace(start, N)
    except MemoryError as e:
        print(type(start).__name__, "*=", type(e).__name__)
print("still running", len([0] * 10), len(list(range(1000))), len(bytes(range(200))))
big = [0] * N
