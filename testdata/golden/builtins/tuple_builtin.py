# tuple(): construction, immutability, hashing and errors.
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({3: 0}))
t = (1, 2, 3)
print(tuple(t) is t, t + (4,), t * 2, t[1:], t.index(2), t.count(3))
print(hash((1, 2)) == hash((1, 2)), (1, [2]) != (1, [3]))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted((3, 1, 2)), min(t), max(t), len(t), 2 in t)
