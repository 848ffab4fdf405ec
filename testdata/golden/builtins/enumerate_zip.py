# enumerate and zip: starts, strict, unequal lengths, errors.
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=5)))
e = enumerate(["x", "y"])
print(next(e), type(e).__name__)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(2), range(5), "xyz")))
print(dict(zip("ab", [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
for i, (a, b) in enumerate(zip("pq", "rs"), 1):
    print(i, a, b)
