# Every function of CPython 3.11's math module over ordinary and special
# values, with their errors (erf/erfc only where glibc and minipy agree).
import math
print(sorted(n for n in dir(math) if not n.startswith('__')))
inf, nan = math.inf, math.nan
vals = [0, -0.0, 1, -1, 0.5, 2, 10, 1e-300, 1e300, inf, -inf, nan, 2**80, True, 3.7, -2.5]
one = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh', 'degrees', 'erf', 'exp', 'exp2', 'expm1', 'fabs', 'factorial', 'floor', 'frexp', 'gamma', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'modf', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'ulp']
for name in one:
    f = getattr(math, name)
    out = []
    for v in vals + ['a', None]:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, out)
two = ['atan2', 'copysign', 'fmod', 'gcd', 'hypot', 'isclose', 'lcm', 'ldexp', 'log', 'nextafter', 'pow', 'remainder', 'comb', 'perm', 'dist']
vals2 = [0, 1, -1, 2.5, 3, -0.0, inf, nan, 10**20]
for name in two:
    f = getattr(math, name)
    out = []
    for a in vals2:
        for b in vals2:
            try:
                out.append(repr(f(a, b)))
            except Exception as e:
                out.append(type(e).__name__ + ':' + str(e))
    print(name, out)
print('erfc', [math.erfc(v) for v in (0, -0.0, 0.5, 1, -1, 2, 1e-300, 1e300, math.inf, -math.inf)], math.isnan(math.erfc(math.nan)))
cases = r'''
math.fsum([0.1] * 10)
math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
math.fsum([inf, -inf])
math.fsum([inf, 1])
math.fsum(['a'])
math.fsum([1e308, 1e308])
math.prod([1, 2, 3])
math.prod([1, 2], start=5)
math.prod([])
math.prod([2.5, 2])
math.prod(['a', 2])
math.prod(5)
math.gcd()
math.gcd(12)
math.gcd(12, 18, 24)
math.gcd(2.5, 1)
math.lcm()
math.lcm(4, 6, 10)
math.lcm(0, 5)
math.hypot()
math.hypot(3, 4, 12)
math.hypot(inf, nan)
math.dist([0, 0], [3, 4])
math.dist([0], [1, 2])
math.dist(1, 2)
math.isclose(1, 1.0000000001)
math.isclose(1, 1.1, rel_tol=0.2)
math.isclose(0, 1e-10, abs_tol=1e-9)
math.isclose(1, 2, rel_tol=-1)
math.isclose(inf, inf)
math.log(8, 2)
math.log(100, 10)
math.log(0)
math.log(-1)
math.log(2**1000)
math.log(10**400)
math.log(10**400, 10)
math.log(1, 1)
math.log(2, 0.5)
math.log10(10**400)
math.log2(2**2000)
math.log()
math.log(1, 2, 3)
math.sqrt(-1)
math.sqrt(10**400)
math.factorial(-1)
math.factorial(2.0)
math.factorial(20)
math.factorial(30)
math.comb(10, 3)
math.comb(3, 10)
math.comb(-1, 2)
math.comb(10.0, 3)
math.perm(5)
math.perm(5, 2)
math.perm(5, -1)
math.isqrt(-1)
math.isqrt(10**40)
math.isqrt(2.0)
math.ldexp(1, 2000)
math.ldexp(1, -2000)
math.ldexp(1.0, 2.5)
math.floor(2.5), math.ceil(2.5), math.trunc(-2.5)
math.floor(inf)
math.ceil(nan)
math.pow(0, -1)
math.pow(-8, 1/3)
math.pow(2, 1024)
math.pow(inf, 0)
math.exp(1000)
math.exp(-1000)
math.fmod(1, 0)
math.fmod(inf, 1)
math.remainder(5, 0)
math.copysign(1, -0.0)
math.nextafter(1, 2, steps=3) if hasattr(math, 'x') else 0
math.ulp(0)
math.pi, math.e, math.tau, math.inf, math.nan
math.erf(0.5), math.erfc(0.5), math.gamma(0.5), math.lgamma(0.5)
math.gamma(0)
math.gamma(-1)
math.gamma(171.7)
math.lgamma(-1)
math.modf(inf)
math.frexp(0)
math.frexp(inf)
math.trunc('a')
math.ceil(True)
math.floor(10**30)
math.cos(inf)
math.atan2(0.0, -0.0)
math.degrees(math.pi)
math.asin(2)
math.acosh(0.5)
math.atanh(1)
math.sinh(1000)
math.cbrt(-27)
math.exp2(10)
math.sumprod([1], [2]) if hasattr(math, 'sumprod') else 'no'
'''.strip().split('\n')
for c in cases:
    try:
        r = eval(c)
    except Exception as e:
        print(c, '->', type(e).__name__ + ':', e)
    else:
        print(c, '=>', repr(r))
