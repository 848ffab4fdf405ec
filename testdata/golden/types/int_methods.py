# int methods and attributes.
n = 1000
print(n.bit_length(), (0).bit_length(), (-1).bit_length(), (255).bit_count(), (-7).bit_count())
print(n.to_bytes(2, "big"), n.to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "little"))
print(n.as_integer_ratio(), (7).numerator, (7).denominator, (7).real, (7).imag, (7).conjugate())
print(int.__add__(2, 3), (5).__mul__(4), (5).__rsub__(10), (5).__neg__(), (-5).__abs__(), (5).__bool__())
print((10).__truediv__(4), (10).__floordiv__(4), (10).__mod__(4), (2).__pow__(10), (5).__add__(1.0))
print(int.__new__(int, 5), (123).__index__(), (12).__hash__(), (3).__round__(-1), (17).__round__(-1))
for call in (lambda: (1000).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle")):
    try:
        print(call())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(True, int), True.bit_length(), (2 ** 100).bit_length(), (2 ** 100).to_bytes(13, "big").hex())
