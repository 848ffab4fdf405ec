# list operators and behaviour: aliasing, nesting, multiplication pitfalls,
# comparisons, membership, equality with recursion.
a = [1, 2]
b = a
b.append(3)
print(a, a is b, a + [4], a * 2, [0] * 3, 3 * [None])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2] == [1, 2], [1, 2] < [1, 2, 3], [2] > [1, 99], 2 in [1, 2], [1] in [[1], [2]])
x = [1, 2, 3, 4, 5, 6]
x[1:3] = "ab"
print(x)
x[:] = []
print(x)
y = list(range(5))
y *= 2
print(y, len(y))
print(list.__name__, [].__class__ is list, isinstance([], list))
try:
    [1, 2] + (3,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
z = [3, 1, 2]
print(sorted(z), z, z.sort(), z)
