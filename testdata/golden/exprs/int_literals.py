# Integer literals in every base, underscores, and big ints.
print(0, 42, -7, 0x1F, 0o17, 0b1011, 1_000_000, 0x_dead_beef)
print(0XFF, 0O7, 0B1)
big = 123456789012345678901234567890
print(big, big * big, -big)
print(2 ** 100, 2 ** 64 - 1, -(2 ** 63))
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7)
print(type(big).__name__, big.bit_length())
print(0xFFFFFFFFFFFFFFFFFFFF, 0o777777777777777777777777)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // (2 ** 50), f >> 50, f & 0xFFFF, f | 1, f ^ f)
print(big == 123456789012345678901234567890, big < big + 1)
print(hex(big), oct(big), bin(2 ** 70))
print(int("9" * 40) + 1)
print(-big // 3, -big % 3, divmod(-big, 7))
print(abs(-big), pow(3, 100), pow(3, 100, 1000003))
