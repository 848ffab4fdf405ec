# Arithmetic dunders, reflected operands, NotImplemented and the unary ones.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)
    def __or__(self, o):
        return Vec(self.x | o.x, self.y | o.y)
    def __xor__(self, o):
        return Vec(self.x ^ o.x, self.y ^ o.y)
    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)
    def __divmod__(self, k):
        return (self // k, self % k)
v, w = Vec(3, 4), Vec(1, 2)
print(v + w, v - w, v * 2, 3 * v, v / 2, v // 2, v % 2, v ** 2, v @ w)
print(-v, +v, abs(v), ~v, v << 1, v >> 1, v & w, v | w, v ^ w, divmod(v, 2))
for bad in (lambda: v + 1, lambda: v * "s", lambda: 1 - v, lambda: v < w):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
