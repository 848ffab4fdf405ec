# An object of a user class with special methods, owned by main and used
# from a sub-interpreter: each special method runs in main.
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'V({self.x})'
    def __str__(self): return f'v{self.x}'
    def __add__(self, o): return self.x + o
    def __radd__(self, o): return o * 100 + self.x
    def __iadd__(self, o):
        self.x += o
        return self
    def __sub__(self, o): return self.x - o
    def __mul__(self, o): return self.x * o
    def __truediv__(self, o): return self.x / o
    def __floordiv__(self, o): return self.x // o
    def __mod__(self, o): return self.x % o
    def __pow__(self, o, m=None): return pow(self.x, o, m)
    def __rpow__(self, o): return o ** self.x
    def __lshift__(self, o): return self.x << o
    def __and__(self, o): return self.x & o
    def __neg__(self): return -self.x
    def __pos__(self): return +self.x
    def __abs__(self): return abs(self.x)
    def __invert__(self): return ~self.x
    def __int__(self): return self.x
    def __float__(self): return self.x + 0.5
    def __index__(self): return self.x
    def __eq__(self, o): return o == self.x
    def __lt__(self, o): return self.x < o
    def __le__(self, o): return self.x <= o
    def __hash__(self): return hash(self.x)
    def __bool__(self): return self.x != 0
    def __len__(self): return self.x
    def __contains__(self, o): return o == self.x
    def __getitem__(self, k): return ('get', k)
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
    def __format__(self, spec): return f'<{spec}:{self.x}>'
    def __call__(self, *a, **k): return (a, sorted(k.items()))

v = V(5)
sub = I.create()
sub.prepare_main(v=I.SharedObjectProxy(v))
sub.exec("""
print(repr(v), str(v), f'{v:>3}', format(v, 'q'))
print(v + 1, 2 + v, v - 1, v * 3, v / 2, v // 2, v % 3, v ** 2, pow(v, 2, 7), 2 ** v)
print(v << 1, v & 4, -v, +v, abs(v), ~v, int(v), float(v), [0, 1, 2, 3, 4, 5, 6][v])
print(v == 5, v != 5, v < 6, v <= 4, 4 > v, hash(v) == hash(5), bool(v), len(v))
print(5 in v, 6 in v, v[1], v['k'])
v[1] = 'one'
del v[2]
print(v(1, 2, a=3), v.x)
v.x = 7
v.y = 8
print(v.x, v.y, hasattr(v, 'y'))
del v.y
print(hasattr(v, 'y'))
w = v
v += 1
print(v.x, type(v).__name__, v is w)
try:
    v.missing
except AttributeError as e:
    print('AttributeError', e)
""")
print(v.x, v)
sub.close()
