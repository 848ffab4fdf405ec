# A 2x2 matrix class exercising __matmul__, __eq__, __getitem__ with tuple
# keys, __iter__, __pow__ and __repr__.
class M:
    def __init__(self, a, b, c, d):
        self.v = (a, b, c, d)
    def __getitem__(self, ij):
        i, j = ij
        return self.v[2 * i + j]
    def __matmul__(self, o):
        return M(*(sum(self[i, k] * o[k, j] for k in range(2)) for i in range(2) for j in range(2)))
    def __pow__(self, n):
        r = M(1, 0, 0, 1)
        for _ in range(n):
            r = r @ self
        return r
    def __eq__(self, o):
        return isinstance(o, M) and self.v == o.v
    def __iter__(self):
        return iter(self.v)
    def __repr__(self):
        return f"M{self.v}"
f = M(1, 1, 1, 0)
print(f @ f, f ** 10, list(f ** 5), (f ** 3)[0, 1], f == M(1, 1, 1, 0), f ** 0)
rot = M(0, -1, 1, 0)
print(rot ** 4 == M(1, 0, 0, 1), rot ** 2, sum(rot ** 3))
try:
    f @ 2
except TypeError as e:
    print(type(e).__name__, e)
