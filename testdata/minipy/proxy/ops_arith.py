# Every arithmetic, reflected and in-place operator on a proxy of a user
# object with the special methods (issue 8, semantics.md 2.3 decision 4):
# + - * @ / // % divmod ** pow(a, b, m) << >> & ^ |, each with the proxy
# on the left (__op__), on the right of an int (__rop__) and in place
# (__iop__, which returns a new object for some and self for others, so
# the name keeps the proxy or gets a new value), unary - + ~ abs, an
# operator the class declines (NotImplemented: the int's side runs, or
# the TypeError with the real type names), and a class with no in-place
# method (x += falls back to __add__). Run by ops_mods/runner.py on the
# plain object and on proxies four ways; every block prints what the
# plain object prints (ops_mods/check_py3.sh).
# Proxy-specific: none.
from ops_mods import runner

SETUP = """
class N:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'N({self.x})'
OPS = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod',
       'lshift', 'rshift', 'and', 'xor', 'or']
def _forward(name):
    def f(self, o):
        if o == 'decline':
            return NotImplemented
        return (name, self.x, o)
    return f
def _reflected(name):
    def f(self, o):
        if not isinstance(o, (int, float, str)):
            o = list(o)  # a list of the caller's arrives as a proxy
        return ('r' + name, o, self.x)
    return f
def _inplace(name):
    def f(self, o):
        if name in ('add', 'or'):
            self.x = (name, self.x, o)
            return self
        return ('i' + name, self.x, o)
    return f
for _n in OPS:
    setattr(N, f'__{_n}__', _forward(_n))
    setattr(N, f'__r{_n}__', _reflected(_n))
    if _n != 'divmod':
        setattr(N, f'__i{_n}__', _inplace(_n))
def _pow(self, o, m=None):
    return ('pow', self.x, o, m)
def _rpow(self, o, m=None):
    return ('rpow', o, self.x, m)
def _ipow(self, o):
    return ('ipow', self.x, o)
N.__pow__, N.__rpow__, N.__ipow__ = _pow, _rpow, _ipow
N.__neg__ = lambda self: ('neg', self.x)
N.__pos__ = lambda self: ('pos', self.x)
N.__invert__ = lambda self: ('invert', self.x)
N.__abs__ = lambda self: ('abs', self.x)
class Plain:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return Plain(self.x + o)
    def __repr__(self):
        return f'Plain({self.x})'
def make():
    return N(6), Plain(1)
"""

CHECK = """
def check(pair):
    n, p = pair
    print(n + 2, n - 2, n * 2, n @ 2, n / 2, n // 2, n % 2, divmod(n, 2))
    print(n << 2, n >> 2, n & 2, n ^ 2, n | 2, n ** 2, pow(n, 2, 5))
    print(2 + n, 2 - n, 2 * n, 2 / n, 2 // n, 2 % n, divmod(2, n), 2 ** n)
    print(2 << n, 2 >> n, 2 & n, 2 ^ n, 2 | n, 'a' + n, 1.5 * n, None @ n if False else 0)
    print(-n, +n, ~n, abs(n))
    m = n
    v = n; v -= 3; print('-=', v, v is n)
    v = n; v *= 3; print('*=', v)
    v = n; v @= 3; print('@=', v)
    v = n; v /= 3; print('/=', v)
    v = n; v //= 3; print('//=', v)
    v = n; v %= 3; print('%=', v)
    v = n; v **= 3; print('**=', v)
    v = n; v <<= 3; print('<<=', v)
    v = n; v >>= 3; print('>>=', v)
    v = n; v &= 3; print('&=', v)
    v = n; v ^= 3; print('^=', v)
    print('ab' * n, [0] * n, (1,) + n, b'x' * n, [1] + n)
    m += 1
    print(m, m is n, n.x)
    m |= 'q'
    print(m is n, n.x)
    try:
        n + 'decline'
    except TypeError as e:
        print('TypeError', e)
    print(p + 1, p.x)
    q = p
    q += 10
    print(q, q is p, p)
    for bad in (lambda: 1 + p, lambda: 'a' + p, lambda: [1] + p, lambda: b'a' + p, lambda: bytearray(b'a') + p, lambda: 'a' * p, lambda: [1] * p, lambda: (1,) + p, lambda: p - 1, lambda: -p, lambda: p * p, lambda: ~p,
                lambda: abs(p), lambda: p ** 2, lambda: divmod(p, 1), lambda: pow(p, 1, 2)):
        try:
            bad()
        except TypeError as e:
            print('TypeError', e)
    q = p
    try:
        q -= 1
    except TypeError as e:
        print('TypeError', e)
"""

runner.run(SETUP, CHECK)
