# Values that cross by pickle through call(): arguments and results of
# many kinds come back equal but not identical; shared structure and
# cycles survive. Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
values = [
    [1, [2, [3]]], {"a": 1, 2: "b", (3,): [4]}, {1, 2, 3}, frozenset({"x"}),
    bytearray(b"\x00\xff"), 3 + 4j, range(1, 10, 2), slice(1, None, -1),
    ..., NotImplemented, int, len, ValueError("v", 1), KeyError("k"), OSError(2, "nofile"),
    [float("inf"), -0.0], "é€😀", b"\x00" * 3, 2**200, -2**64, (),
    [(), [], {}], {"nested": [{"deeper": ({1},)}]}, [None, True, False],
]
for v in values:
    back = i.call(list, [v])[0]
    if isinstance(v, BaseException):
        same = (type(back), back.args) == (type(v), v.args)
    else:
        same = back == v
    print(type(back).__name__, same, back is v)
print(i.call(dict, one=[1], two=(2,), three="3"))
print(i.call(sorted, list({3: "c", 1: "a"}.items())))
# shared structure is preserved by one pickle
shared = [1]
back = i.call(list, [shared, shared])
print(back, back[0] is back[1])
cyc = []
cyc.append(cyc)
back = i.call(list, [cyc])
print(back[0] is back[0][0])
d = {}
d["self"] = d
r = i.call(dict, d)
print(r["self"] is r["self"]["self"], r is not d)
# results that are pickled back
print(i.call(dict.fromkeys, "ab"))
print(i.call(divmod, 2**70, 7))
print(i.call(frozenset, "aa"), i.call(bytearray, 2), i.call(range, 2, 8, 3))
i.close()
