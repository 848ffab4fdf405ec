from fractions import Fraction as F
import fractions, math, numbers, copy, pickle
print(F(), F(3), F(10, -8), F(F(1, 7), 5), F(F(1, 7), F(2, 3)), F(True), F(-0, 5))
for s in ['314', '-35/4', '3.1415', '-47e-2', ' 1_000 ', '.5', '5.', '+1.5E3', '1e-3', '\t7/14\n', '0.000', '-0']:
    print(repr(s), repr(F(s)), str(F(s)))
for s in ['', '1/', '/2', '1.5/2', '1__0', '_1', '1_', 'abc', '1e', '1.2.3', '1/2/3', '.', '1/-2', 'e5', '1e1.5', '1 / 2']:
    try:
        F(s)
    except ValueError as e:
        print('ValueError', e)
for bad in [(1.5, 2), ('1', 2), (1, None, )]:
    try:
        print(F(*bad))
    except TypeError as e:
        print('TypeError', e)
for bad in [[1], None, 1j]:
    try:
        F(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    F(7, F(0))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(F(1.47), F(2.25), F(-0.1), F(1e100).numerator % 1000, F(5e-324))
for x in [float('inf'), float('nan')]:
    try:
        F(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(F.from_float(0.3), F.from_float(3), F.from_float(0.5) == F(1, 2))
try:
    F.from_float('x')
except TypeError as e:
    print(e)
try:
    F.from_decimal(1.5)
except TypeError as e:
    print(e)
print(F(3, 4).as_integer_ratio(), F(-6, 4).numerator, F(-6, 4).denominator)
pi = F('3.141592653589793')
print(pi.limit_denominator(10), pi.limit_denominator(100), F(4321, 8765).limit_denominator(10000))
print(pi.limit_denominator(), F(1, 2).limit_denominator(1), F(3, 2).limit_denominator(1), F(5, 2).limit_denominator(1), F(-7, 3).limit_denominator(2))
try:
    pi.limit_denominator(0)
except ValueError as e:
    print(e)
print(isinstance(F(1), numbers.Rational), F.__mro__)
print(repr(F(1, 3)), str(F(6, 3)), format(F(1, 3)), f"{F(1, 3)!r:>20}|{F(2, 5)}")
try:
    format(F(1, 3), '.2f')
except TypeError as e:
    print(e)
print(fractions.__all__)
