# float methods and attributes.
x = 2.75
print(x.is_integer(), (3.0).is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio())
print(x.hex(), float.fromhex("0x1.6p+1"), (0.1).hex(), float.fromhex("-0x1p-2"), float.fromhex("inf"))
print(x.real, x.imag, x.conjugate(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(1), (-x).__floor__())
print(float.__add__(1.5, 2), (1.5).__mul__(2), (7.0).__mod__(2.5), (7.0).__floordiv__(2), (2.0).__pow__(-1))
print((1.5).__eq__(1.5), (1.5).__lt__(2), (1.5).__add__("x"), (0.5).__rtruediv__(1))
for call in (lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: float.fromhex("zz")):
    try:
        print(call())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), int(-2.5))
