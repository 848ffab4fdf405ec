# int(): from numbers, strings with bases, objects, and errors.
print(int(), int(7), int(-7.9), int(True), int("42"), int("  -17  "), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("11", 2), int("777", 8), int("-0x10", 16))
print(int(10 ** 25 + 0.0) if False else int(1e25), int("9" * 30))
class HasInt:
    def __int__(self):
        return 99
class HasIndex:
    def __index__(self):
        return 7
class HasTrunc:
    def __trunc__(self):
        return 3
print(int(HasInt()), int(HasIndex()))
for args in (("abc",), ("12", 1), ("1.5",), ("",), (None,), ([1],), ("9", 8), (float("inf"),), (float("nan"),)):
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (5).bit_count() if hasattr(5, "bit_count") else 2)
print((10).bit_length(), (-10).bit_length(), (7).conjugate(), (6).real, (6).imag, (6).numerator, (6).denominator)
