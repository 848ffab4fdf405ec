# set and frozenset construction, hashing, and frozenset as keys.
print(set(), set([3, 1, 2]), set("aab"), frozenset(), frozenset([1, 2]))
s = {1, 2, 3}
f = frozenset({2, 3, 4})
print(s & f, s | f, s - f, f - s, type(s & f).__name__, type(f & s).__name__)
print(f == frozenset([4, 3, 2]), {f: "frozen key"}[frozenset({2, 3, 4})])
print(hash(frozenset()) == hash(frozenset([])), len({frozenset(), frozenset()}))
try:
    {s}
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    set(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({frozenset({1}), frozenset({2})}, key=min), {1, 2} == frozenset({1, 2}))
