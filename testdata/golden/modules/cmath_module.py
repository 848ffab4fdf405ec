import cmath, math
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
inf, nan = math.inf, math.nan
specials = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
finite_vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 1e-310, -3e-320, 1e-8, 1e8, 1e200, -1e300, 1.7e308, 709.5, -710.3, 0.71, 1.73, 3.141592653589793]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isnan', 'isinf']
for name in names:
    f = getattr(cmath, name)
    out = []
    for re_ in specials:
        for im in specials:
            out.append(t(lambda: f(complex(re_, im))))
    print(name, 'special', ' '.join(out))
    out = []
    for re_ in finite_vals:
        for im in finite_vals[::3]:
            out.append(t(lambda: f(complex(re_, im))))
    print(name, 'finite', ' '.join(out))
for re_ in specials + [1.5, -1e300]:
    print('rect', [t(lambda: cmath.rect(re_, phi)) for phi in specials + [1.0, -2.0, 1e-300]])
print(cmath.log(1 + 1j, 2), cmath.log(8, 2), cmath.log(-1, 1j), t(lambda: cmath.log(1 + 1j, 0)), t(lambda: cmath.log(0)), t(lambda: cmath.log(1, 1)), t(lambda: cmath.log(0, 2)), t(lambda: cmath.log(10, -1)))
print(t(lambda: cmath.sqrt('x')), t(lambda: cmath.sqrt(None)), t(lambda: cmath.exp(1000)), t(lambda: cmath.isclose(1, 1, rel_tol=-1)), t(lambda: cmath.polar(1e308 + 1e308j)), t(lambda: cmath.phase('a')), t(lambda: cmath.sqrt(1, 2)), t(lambda: cmath.rect(1)))
class C:
    def __complex__(self):
        return 1 + 2j
class Fl:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class Bad:
    def __complex__(self):
        return 5
print(t(lambda: cmath.sqrt(C())), t(lambda: cmath.sqrt(Fl())), t(lambda: cmath.sqrt(I())), t(lambda: cmath.sqrt(10**400)), t(lambda: cmath.sqrt(Bad())), t(lambda: cmath.sqrt(True)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(complex(inf, 0), 1), cmath.isclose(nan, nan))
for z in [1 + 2j, -3.5 + 0.25j, 0.5 - 0.5j, 2j, -1.5, 1e-5 + 1e-5j, 3 - 4j]:
    print(z, cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.log10(z), cmath.phase(z), cmath.polar(z), cmath.atan(z), cmath.acos(z), cmath.acosh(z), cmath.atanh(z))
