# decimal: construction, strings, arithmetic, contexts and signals.
import decimal
from decimal import Decimal as D, getcontext, localcontext, Context
from fractions import Fraction
import math
import statistics

for s in ['0', '-0', '1.50', '+1e3', '-1E-7', '.5', '5.', '1_000', ' 12 ', 'inf', '-Infinity',
          'nan', 'NaN123', '-sNaN7', '0.000001', '0.0000001', '123456789e-20', '1e+999',
          '12.5E+2', '0E-10', '1.2.3', '', 'e5', '1e', 'abc', '--1', '١٢٣']:
    try:
        d = D(s)
        print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple())
    except Exception as e:
        print(repr(s), type(e).__name__, e)

print(repr(D(1.1)), repr(D(-0.0)), repr(D(2**70)), repr(D((1, (3, 1, 4), -2))), repr(D(D('7.0'))))
print(repr(D.from_float(0.1)), repr(D.from_float(float('inf'))), repr(D.from_float(5)))
for bad in [[1], (2, (1,), 0), (0, (10,), 0), (0, (1,), 'x'), object(), 1j]:
    try:
        D(bad)
    except Exception as e:
        print(type(e).__name__, e)

a, b = D('12.345'), D('-0.0067')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b))
print(a + 1, 2 - a, a * 3, 10 / a, 7 // a, 7 % a, a ** 2, 2 ** D(10))
print(D(1) / 3, D(2) / 3, D(-2) / 3, D(1) / 8, D(100) / D('0.25'), D('1.00') / D('0.50'))
print(D(10) // 3, D(-10) // 3, D(10) % -3, D(-10) % 3, D('7.5') % 2)
print(sum(D('0.1') for _ in range(10)), sum([D('1.10'), D('2.205')]))
print(D(2).sqrt(), D('0.0001').sqrt(), D(16).sqrt(), D('1e-7').sqrt(), D(0).sqrt())
print(D(1).exp(), D('-1').exp(), D(10).ln(), D('0.5').ln(), D(2).log10(), D('1e-5').log10())
print(D(2) ** D('0.5'), D('1.5') ** 3, D(2) ** -3, D('0.1') ** 25, D(3) ** D('-2.5'))

for x, y in [(D('1.5'), 1.5), (D('0.1'), 0.1), (D(1), 1), (D('0.5'), Fraction(1, 2)), (D(1), D('1.000'))]:
    print(x == y, x != y, hash(x) == hash(y))
print(D(1) < 2, D('1.5') <= Fraction(3, 2), D(3) > 2.5, sorted([D(3), D('1.5'), D(-2), D('1.50')]))
print(max(D(1), D('1.0')), min([D(5), D(2)]))

print(int(D('-7.9')), float(D('1.25')), round(D('2.5')), round(D('3.5')), round(D('1.2345'), 2),
      round(D('-1.5')), math.floor(D('-1.5')), math.ceil(D('-1.5')), math.trunc(D('-1.5')))
print(D('1.25').as_integer_ratio(), D('-3e2').as_integer_ratio(), D(0).as_integer_ratio())
print(D('1.2345').quantize(D('0.01')), D('1.2355').quantize(D('0.001')), D('5').quantize(D('1e1')),
      D('1.2345').quantize(D('0.1'), rounding=decimal.ROUND_UP))
print(D('1.200').normalize(), D('0.00').normalize(), D('1e2').normalize(), D('-120').normalize())
print(D('12.3').adjusted(), D('0.001').adjusted(), D('-3').copy_abs(), D(3).copy_negate(), D(3).copy_sign(D(-1)))
print(D('1.5').is_finite(), D('inf').is_infinite(), D('nan').is_nan(), D('snan').is_snan(),
      D('-0').is_signed(), D('0e3').is_zero(), D('1e-999999').is_subnormal(), D(1).is_normal())
print(D(1).compare(D(2)), D(2).compare(D(2)), D('nan').compare(1), D(1).max(D('nan')), D(-1).min(D(-2)))
print(D(2).fma(3, 4), D('1.5').scaleb(3), D('2.7').to_integral_value(), D('-2.5').to_integral_value(),
      D('1.1').same_quantum(D('2.2')), D('1.23').same_quantum(D('1.2')))
print(D('1.5').next_plus(), D(1).next_minus(), D(1).next_toward(2), D(123).rotate(1), D(123).shift(-1))
print(D('-0.5').number_class(), D('inf').number_class(), D(250).logb())

c = getcontext()
print(c)
c.prec = 6
print(D(1) / 7, D('123456789') + 0, D('1.0000005') * 1)
c.rounding = decimal.ROUND_DOWN
print(D(2) / 3, D(-2) / 3)
c.rounding = decimal.ROUND_HALF_EVEN
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / 7, ctx.prec)
with localcontext(prec=10, rounding=decimal.ROUND_CEILING) as ctx:
    print(D(1) / 7, D(-1) / 7)
print(D(1) / 7, getcontext().prec)
c.clear_flags()
x = D(1) / 3
print(c.flags[decimal.Inexact], c.flags[decimal.Rounded], c.flags[decimal.DivisionByZero])
print(c)
c.prec = 28
c.clear_flags()

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

show(lambda: D(1) / 0)
show(lambda: D(0) / 0)
show(lambda: D(1) // 0)
show(lambda: D(1) % 0)
show(lambda: divmod(D(1), 0))
show(lambda: D('abc'))
show(lambda: D(-1).sqrt())
show(lambda: D(0) ** 0)
show(lambda: D('1e999999') * 10)
show(lambda: D('nan') < 1)
show(lambda: D('snan') + 1)
show(lambda: int(D('nan')))
show(lambda: int(D('-inf')))
show(lambda: hash(D('snan')))
show(lambda: D('1e30').quantize(D(1)))
show(lambda: D(12345678) // D('0.0000001'))
show(lambda: Context(prec=0))
show(lambda: setattr(getcontext(), 'rounding', 'bogus'))
show(lambda: getcontext().traps.__setitem__('x', 1))
show(lambda: localcontext(foo=1))
show(lambda: D(1).quantize(1.5))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError),
      decimal.Overflow.__mro__[1:3])
ctx = Context(prec=5, traps=[])
print(ctx.divide(D(1), 0), ctx.sqrt(-1), ctx.flags[decimal.DivisionByZero], ctx.flags[decimal.InvalidOperation])
print(ctx.create_decimal('1.234567'), ctx.add(1, 2), ctx.power(2, 10), ctx.power(3, 4, 5))
print(decimal.ExtendedContext, decimal.BasicContext.prec)

print(Fraction(D('1.1')), Fraction.from_decimal(D('-0.25')), statistics.mean([D('1.1'), D('2.2'), D('3.3')]),
      statistics.median([D(1), D(3), D(2), D(4)]), statistics.fsum if hasattr(statistics, 'fsum') else '')
print(D('1.5') + Fraction(1, 2) if False else D('1.5') == Fraction(3, 2))
print(f"{D('1234.5678'):,.2f} {D('-0.5'):+.3e} {D('0.25'):.1%} {D('12345'):>10} {D('1.5'):*^9}")
