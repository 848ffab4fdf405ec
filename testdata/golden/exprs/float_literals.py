# Float literals, repr, special values, and arithmetic corner cases.
print(1.0, 1.5, .5, 5., 1e10, 1E-5, 1_000.000_1, 3.14e+2)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123456789)
print(1e300 * 1e10, -1e300 * 1e10)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf - inf, nan == nan, inf == inf)
print(repr(0.0), repr(-0.0), 0.0 == -0.0)
print(5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
print(7 // 2.0, 7 % 2.5, -7 % 2.5, -7 // 2.5, divmod(7.5, 2))
print(2.0 ** 0.5, 2 ** -1, (-8) ** (1 / 3) if False else "skip complex power")
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234.5678, -2))
print(float("  1.25 "), float("-inf"), float("1e-3"), float(10 ** 20))
print(int(3.99), int(-3.99), int(1e20))
print((1.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (3.0).hex())
print(1.1 * 3, 100.0 / 3.0, 1e-7, 1e-4, 0.0001, 12345678901234567.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
