# Every function of the math module, on ordinary and edge arguments.
import math

funcs1 = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "ceil", "cos", "cosh",
          "degrees", "exp", "exp2", "expm1", "fabs", "floor",
          "log", "log10", "log1p", "log2", "radians", "sin", "sinh", "sqrt", "tan", "tanh", "trunc",
          "isfinite", "isinf", "isnan", "ulp", "frexp", "modf"]
for name in funcs1:
    f = getattr(math, name)
    out = []
    for x in (0.5, 2.0, -0.75, 10, 0.0, float("inf"), float("nan")):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))

# cbrt, erf, erfc, gamma and lgamma on arguments whose results are exact.
print("cbrt", math.cbrt(8), math.cbrt(-8), math.cbrt(1000), math.cbrt(0.0), math.cbrt(float("inf")))
print("erf", math.erf(0), math.erf(float("inf")), math.erf(-float("inf")), math.erf(0.5))
print("erfc", math.erfc(0), math.erfc(float("inf")), math.erfc(-float("inf")), math.erfc(0.5))
print("gamma", math.gamma(5), math.gamma(1), math.gamma(0.5), math.gamma(float("inf")))
print("lgamma", math.lgamma(1), math.lgamma(2), math.lgamma(float("inf")))
for bad in [lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.lgamma(-1)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
print("atan2", math.atan2(1, 2), math.atan2(-0.0, -1), math.atan2(0.0, 0.0))
print("copysign", math.copysign(3, -0.0), math.copysign(-2.5, 1))
print("fmod", math.fmod(7.5, 2), math.fmod(-7, 3))
print("remainder", math.remainder(7, 2), math.remainder(-7.5, 2))
print("pow", math.pow(2, 10), math.pow(2.5, -1), math.pow(0, 0))
print("ldexp", math.ldexp(0.75, 4), math.ldexp(1, -1075))
print("hypot", math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot())
print("dist", math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print("fsum", math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print("prod", math.prod(range(1, 11)), math.prod([1.5, 2]), math.prod([], start=7))
print("factorial", math.factorial(20), math.factorial(0))
print("comb perm", math.comb(10, 3), math.perm(10, 3), math.perm(5), math.comb(3, 5))
print("gcd lcm", math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm())
print("isqrt", math.isqrt(10 ** 20 + 1), math.isqrt(99))
print("isclose", math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print("nextafter", math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
print("log base", math.log(8, 2), math.log(100, 10))
for bad in [lambda: math.sqrt(-1), lambda: math.factorial(-1), lambda: math.log(0), lambda: math.exp(1000),
            lambda: math.comb(-1, 2), lambda: math.isqrt(-4), lambda: math.factorial(2.5)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print("constants", math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
