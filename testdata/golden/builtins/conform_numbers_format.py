for v, specs in [(1234567, ['', 'd', ',', '_', '_x', '_b', '#x', '#o', '#b', '+', ' ', '=+10', '<10', '^10', '>10', '010', '010,', 'n', 'c', 'e', '.2f', '%', 'X', '#X', '012_', '-', '*^12,', '0=10']),
                 (-42, ['', '05', '=8', '+', ' ', 'x', '#x', 'b', '#b', 'o', 'e', 'g', '%', '.3', 'f']),
                 (3.14159, ['', '.2f', '.0f', 'e', '.3e', 'g', '.3g', 'G', '%', '.1%', '10.3f', '<10', '^10.2', '+.1f', ' .1f', '010.2f', ',', '_', ',.2f', 'n', '.10g', '#g', '#.0f', '#.0e', 'r' if False else 'E', '.0%', '=+12.3f']),
                 (1e16, ['', 'g', 'f', ',', '.3', 'e', 'n', '.17g']),
                 (1.5e-7, ['', 'g', 'f', '.3', 'e', 'n', '%']),
                 (float('inf'), ['', 'f', 'e', 'g', '%', '+', '010', 'F', 'E', 'G']),
                 (float('nan'), ['', 'f', '+', '010', 'F', 'G']),
                 (-0.0, ['', 'f', 'g', 'e', '+', 'z' if False else '', '.0f']),
                 (0.5, ['.0f', '.0e', '.0g', '.0%']),
                 (2.5, ['.0f', '.1g']),
                 (123456789.0, ['', 'g', '.3g', ',', ',.1f', '_.3f', 'n', '.2n']),
                 (True, ['', 'd', '>5', 'x']),
                 (1+2j, ['', '.2f', '>20', 'g', 'e', '+.1f']),
                 ("abc", ['', '>5', '<5', '^6', '.2', '*>7.1', 's']),
                 (10**20, ['', ',', 'e', 'g', '_x', 'n']),
                 ]:
    for sp in specs:
        try: print(repr(v), repr(sp), repr(format(v, sp)))
        except Exception as e: print(repr(v), repr(sp), type(e).__name__, e)
for x in [0.1, 1/3, 1e22, 1e-7, 1e16, 123456789012345678.0, 5e-324, 1.7976931348623157e308, 1e15, 1e-4, 0.0001234, -1e100, 2.0**60, 100.0, 1e21, 12345678901234567890.0]:
    print(repr(x), str(x), x.hex(), x.as_integer_ratio() if x < 1e30 else '', x.is_integer())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), (0.5).hex(), float('  1_000.5 '), float('-inf'), float('NaN'), float('infinity'), float('1e500'), float('.5'), float('5.'))
for bad in ['1__0', '_1', 'x', '', '1e', 'inf5', '0x10']:
    try: print(float(bad))
    except ValueError as e: print(e)
print(int('0x1f', 16), int('0x1f', 0), int('0b101', 0), int('0o17', 0), int('1_000'), int(' 42 '), int('z', 36), int('-0'), int('+5'), int(3.9), int(-3.9), int('١٢'))
for bad in [('08', 0), ('1__0', 10), ('_1', 10), ('12', 2), ('', 10), ('0x', 16), ('5', 1), ('5', 37), ('1.5', 10)]:
    try: print(int(*bad))
    except ValueError as e: print(e)
try: int(float('inf'))
except OverflowError as e: print(e)
try: int(float('nan'))
except ValueError as e: print(e)
try: int([])
except TypeError as e: print(e)
try: int('5', base=10.0)
except TypeError as e: print(e)
try: int(5, 10)
except TypeError as e: print(e)
for args in [(2.5,), (3.5,), (-2.5,), (0.125, 2), (0.375, 2), (2.675, 2), (1234, -2), (1250, -2), (1350, -2), (-1250, -2), (5, 0), (1.5, None), (1e300, -300), (12.5, -1), (float('inf'), 2), (15, -1), (25, -1)]:
    print(args, repr(round(*args)))
try: round(float('inf'))
except OverflowError as e: print(e)
try: round(float('nan'))
except ValueError as e: print(e)
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, -2), divmod(-7.5, 2), -7 // 2, -7 % 2, 7 % -2, -7.5 % 2, 7.5 % -2, -0.0 % 1, 0.0 % -1)
print(pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3), pow(-8, 1/3), pow(2, 0.5), pow(0, 0), pow(0.0, 0), (-8) ** 0.5, 2 ** -2, 10 ** 20)
try: pow(2, -1, 4)
except ValueError as e: print(e)
try: pow(0, -1)
except ZeroDivisionError as e: print(e)
try: 0.0 ** -1
except ZeroDivisionError as e: print(e)
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: 1 // 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: 1.0 // 0
except ZeroDivisionError as e: print(e)
try: 1.0 % 0
except ZeroDivisionError as e: print(e)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
try: 2.0 ** 10000
except OverflowError as e: print(e)
try: pow(2, 3, 0)
except ValueError as e: print(e)
try: pow(2.0, 3, 5)
except TypeError as e: print(e)
print(hash(1), hash(-1), hash(2**61), hash(2**61 - 1), hash(1.5), hash(-1.5), hash(float('inf')), hash(0.1), hash(1+2j), hash(True), hash(10**30), hash(-10**30), hash(1e100), hash(()), hash((1,2)), hash(frozenset()) , hash(''))
