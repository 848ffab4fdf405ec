# Python 3.11 limits conversions between int and decimal str to 4300 digits
# by default; sys.set_int_max_str_digits changes the limit.
import sys
big = 10 ** 5000
print(sys.get_int_max_str_digits())
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)), len(str(10 ** 4299)))
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
