# divmod and pow with ints, floats, negative values and a modulus.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(10 ** 20, 7), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3).real > 0, pow(0, 0), pow(2, 0.5))
print(pow(3, 4, 5), pow(7, -1, 11), pow(-3, 3, 7), pow(2, 100, 10 ** 9 + 7), pow(base=2, exp=8))
for call in (lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: pow(2, 3, 0), lambda: pow(2, -1, 4),
             lambda: pow(2.0, 2, 3), lambda: divmod("a", 1), lambda: pow(0, -1)):
    try:
        print(call())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
