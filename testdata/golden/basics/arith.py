# Integer and float arithmetic, comparisons and printing.
a, b = 7, -3
print(a + b, a - b, a * b, a / b, a // b, a % b, -a // 2, a ** 2, 2 ** -1)
print(10 ** 30, -(2 ** 64) // 3, (2 ** 100) % 97, divmod(-17, 5))
print(0.1 + 0.2, 1e16, 1.5e-7, -0.0, 3.0 * 2, 7 / 2, 2 ** 0.5)
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
x = 10
x += 5
x *= 2
x -= 1
x //= 3
x **= 2
print(x, ~x, x << 3, x >> 1, x & 6, x | 1, x ^ 5)
print(abs(-4), round(2.5), round(3.5), round(2.675, 2), int("  42 "), float("1e3"))
