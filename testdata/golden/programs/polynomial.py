# A Polynomial class with arithmetic dunders, evaluation and derivative.
class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        n = max(len(self.c), len(o.c))
        return Poly(*[(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly(*[-x for x in self.c])
    def __sub__(self, o):
        return self + -o
    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)
    __rmul__ = __mul__
    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result
    def derivative(self):
        return Poly(*[i * a for i, a in enumerate(self.c)][1:])
    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c
    def __repr__(self):
        terms = [f"{a}x^{i}" if i > 1 else f"{a}x" if i == 1 else f"{a}" for i, a in enumerate(self.c) if a]
        return " + ".join(reversed(terms)) or "0"
p = Poly(1, 2, 3)
q = Poly(0, 1)
print(p, "|", q, "|", p + q, "|", p * q, "|", p - p, "|", 2 * p, "|", p + 1)
print(p(2), (p * p)(1), p.derivative(), (p * q).derivative(), Poly(5).derivative())
print((q - 1) * (q + 1) == q * q - 1, [(q * q - 4)(x) for x in range(-3, 4)])
