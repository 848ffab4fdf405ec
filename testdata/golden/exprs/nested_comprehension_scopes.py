# Scoping inside nested comprehensions and lambdas in comprehensions.
x = 10
print([[x + y for y in range(2)] for x in range(3)])
print(x)
print([(lambda: i)() for i in range(3)], [f() for f in [lambda: i for i in range(3)]])
def outer():
    n = 3
    return [[n * a + b for b in range(n)] for a in range(n)]
print(outer())
table = {k: [v for v in range(k)] for k in range(4)}
print(table)
print({(a, b) for a in "ab" for b in "ab" if a != b})
flat = [c for word in ["hi", "yo"] for c in word.upper()]
print(flat)
class Scope:
    pairs = [(i, j) for i in range(2) for j in range(i + 1)]
print(Scope.pairs)
# Class-level names are not visible inside a comprehension's body.
try:
    class Hidden:
        base = 5
        items = [base * n for n in range(2)]
except NameError as e:
    print(type(e).__name__, e)
