# Matrices as lists of lists: multiplication, transpose, identity, power,
# determinant by recursion.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def matpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
a = [[1, 2], [3, 4]]
b = [[0, 1], [1, 0]]
print(matmul(a, b), [list(r) for r in zip(*a)], identity(3))
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]))
for row in matmul([[1.5, 2], [0, 1]], [[2, 0], [0.5, 1]]):
    print(" ".join(f"{v:6.2f}" for v in row))
