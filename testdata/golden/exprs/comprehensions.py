# List, set, dict comprehensions and generator expressions, with nested
# for and if clauses.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
print({x % 4 for x in range(10)})
print({c: ord(c) for c in "abc"})
print({k: v for k, v in zip("xyz", range(3)) if v})
g = (x + 1 for x in range(3))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
# Comprehension variables do not leak.
x = "outer"
_ = [x for x in range(3)]
print(x)
# The first iterable is evaluated in the enclosing scope.
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print([(a, b) for a, b in {"p": 1, "q": 2}.items()])
print([*range(3)], [s.upper() for s in "hi"], {n: [] for n in ()})
print(sorted({frozenset((i, i + 1)) for i in range(3)}, key=sorted))
