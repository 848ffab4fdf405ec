# float(): from ints, strings, special values, objects, and errors.
print(float(), float(3), float("2.5"), float(" -1e3 "), float("inf"), float("-Infinity"), float("nan"))
print(float(True), float(10 ** 20), float("1_000.5"), float(".5"), float("5."))
class HasFloat:
    def __float__(self):
        return 2.75
class HasIndex:
    def __index__(self):
        return 4
print(float(HasFloat()), float(HasIndex()))
for arg in ("x", "", "1.2.3", None, [1.0], 10 ** 400):
    try:
        print(float(arg))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print((2.5).__round__(), (7.0).__trunc__(), 2.5 .real, (2.5).imag, (0.5).conjugate())
print(float.__name__, isinstance(1.0, float), 1.0 == 1, hash(1.0) == hash(1))
