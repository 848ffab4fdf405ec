# Big integer arithmetic: products, powers, shifts, division and conversions.
a = 3 ** 200
b = 7 ** 150
print(a)
print(a * b % (10 ** 20), a // b, a % b, (a - b) < 0, -a // 7, -a % 7)
print(a >> 100, (a << 10) >> 10 == a, a & ((1 << 64) - 1), a | 1 == a, (a ^ a) == 0)
print(len(str(a)), str(a)[:20], int(str(a)) == a, a.bit_length())
print(pow(a, 3, 10 ** 9 + 7), pow(2, 10 ** 5, 10 ** 12), (10 ** 50 + 1) ** 2)
n = 1
for i in range(1, 101):
    n *= i
print("100! has", len(str(n)), "digits, trailing zeros:", len(str(n)) - len(str(n).rstrip("0")))
print(hex(2 ** 128 - 1), int("f" * 40, 16) == 16 ** 40 - 1, -(2 ** 100) >> 3)
print(float(2 ** 1000) > 1e300, 2 ** 1000 / 2 ** 999, (2 ** 1000) // (2 ** 998))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print(type(e).__name__, e)
