# The math module: constants and many functions, with their errors.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.exp(1), math.log(math.e))
print(math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(0), math.expm1(0))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3), math.copysign(3, -0.0))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.degrees(math.pi), math.radians(180))
print(math.factorial(20), math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(7, 3), math.remainder(7, 3))
print(math.floor(10 ** 20 + 0.5), math.factorial(25), math.isqrt(10 ** 30))
for call in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000),
             lambda: math.factorial(1.5), lambda: math.acos(2), lambda: math.sqrt("x")):
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
