# Bitwise operators on ints (incl. negative and big) and bools and sets.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, 1 << 10, 1024 >> 3)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 >> 5, -16 >> 2, -1 << 3)
print((1 << 100) | 1, (1 << 100) >> 99, ((1 << 100) - 1) & 0xFF, ~(1 << 70))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {3}, {1, 2, 3} ^ {3, 4}, {1, 2} - {2})
print(bin(0b1010 & 0b0110), bin(0b1010 ^ 0b0110), hex(0xF0 | 0x0F))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
