# Lambdas: defaults, closures, keyword-only, varargs, immediately called.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "called")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
kw = lambda *args, sep="-", **kwargs: sep.join(map(str, args)) + str(sorted(kwargs))
print(kw(1, 2, 3), kw(1, sep="+", z=1, a=2))
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in late])
print(sq.__name__, (lambda: 0).__qualname__)
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
