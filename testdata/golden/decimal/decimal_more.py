# decimal: errors and messages, contexts, threads, hashing, subclasses,
# formatting, and the fractions/statistics interplay.
import copy
import decimal
import pickle
import threading
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext,
                     InvalidOperation, DivisionByZero, Inexact, Rounded, Overflow,
                     Underflow, Clamped, Subnormal, FloatOperation)
from fractions import Fraction
import statistics


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


# operator type errors
show(lambda: D(1) + 1.5)
show(lambda: 1.5 + D(1))
show(lambda: D(1) - None)
show(lambda: divmod(D(1), 1.0))
show(lambda: pow(D(2), 1j))
show(lambda: D(1) + Fraction(1, 2))
show(lambda: Fraction(1, 2) + D(1))
show(lambda: 2.0 ** D(2))
show(lambda: D(1) / (1,))
show(lambda: D('1.5') < 1.5)
show(lambda: D('1.5') == 1.5)

# FloatOperation trapped
with localcontext() as c:
    c.traps[FloatOperation] = True
    show(lambda: D(1.5))
    show(lambda: D('1.5') < 2.5)
    show(lambda: D('1.5') == 1.5)
    show(lambda: D.from_float(1.5))
    show(lambda: c.create_decimal_from_float(0.1))

# constructor and method argument errors
show(lambda: D('1', 5))
show(lambda: D(1).quantize(D('1e-3'), rounding='UP'))
show(lambda: D(1).exp(context=5))
show(lambda: D('NaN').compare(1))
show(lambda: D('sNaN').compare(1))
show(lambda: D('NaN') < 1)
show(lambda: D('NaN') == D('NaN'))
show(lambda: round(D('nan')))
show(lambda: round(D('inf'), 2))
show(lambda: round(D('1.5'), 'x'))
show(lambda: float(D('sNaN')))
show(lambda: float(D('-nan')))
show(lambda: D('1e1000000') * 1)
show(lambda: D(2) ** 10000000)
show(lambda: D('0.5') ** D('1e100'))
show(lambda: D(-8) ** D('1.5'))
show(lambda: D(0).ln())
show(lambda: D(-1).log10())

# contexts
c = Context(prec=7, rounding=decimal.ROUND_HALF_UP, Emin=-9, Emax=9, capitals=0, clamp=1,
            flags=[Inexact], traps=[Overflow])
print(c)
print(c.copy() is c, c.copy().prec, c.Etiny(), c.Etop())
show(lambda: c.multiply(D('9e9'), 10))
print(c.create_decimal('1e-12'), c.create_decimal('123456789'), c.create_decimal(D('1.23e5')))
print(c.flags[Underflow], c.flags[Subnormal], c.flags[Clamped], c.flags[Rounded])
show(lambda: c.create_decimal(' 1'))
print(c.to_sci_string(D('1e10')), c.to_eng_string(D('12345e-10')), str(D('1e10')))
show(lambda: c.add(1.5, 1))
show(lambda: setattr(c, 'prec', 'x'))
show(lambda: setattr(c, 'Emax', -1))
show(lambda: setattr(c, 'Emin', 1))
show(lambda: setattr(c, 'clamp', 2))
show(lambda: setattr(c, 'capitals', 3))
show(lambda: setcontext('x'))
show(lambda: localcontext(5))
show(lambda: c.flags[int])
c.clear_flags()
c.traps = {s: False for s in c.traps}
print(c, dict(c.traps) == {s: False for s in c.traps})
print(D(1).__round__(), D('2.675').__round__(2), type(round(D('7.5'))))

# setcontext copies the templates
setcontext(decimal.ExtendedContext)
print(getcontext() is decimal.ExtendedContext, getcontext().prec, D(1) / 0, D(0) / 0)
setcontext(decimal.DefaultContext)
print(getcontext().prec, getcontext().traps[DivisionByZero])
mine = Context(prec=4)
setcontext(mine)
print(getcontext() is mine, D(2) / 3)
setcontext(Context())

# contexts are per thread
out = {}
def worker(n):
    with localcontext(prec=n):
        out[n] = str(D(1) / 7)
threads = [threading.Thread(target=worker, args=(n,)) for n in (2, 4, 6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out.items()), str(D(1) / 7))

# hashing agrees with int, float and Fraction
for v in ['0', '-0', '1', '-1', '0.5', '1.25', '-2.5e3', '1e20', '1e-20', '123.456', 'inf', '-inf']:
    d = D(v)
    h = {hash(d) == hash(float(d))}
    if d.is_finite():
        h.add(hash(d) == hash(Fraction(d)))
        if d == int(d):
            h.add(hash(d) == hash(int(d)))
    print(v, h)
print(len({D(1), D('1.0'), 1, 1.0, Fraction(1)}), D(1) in {1: 'x'})

# subclasses, copies, pickling
class Money(D):
    def __repr__(self):
        return 'Money(%s)' % self
m = Money('1.50')
print(repr(m), type(m + 1).__name__, type(-m).__name__, type(Money(m)).__name__, isinstance(m, D))
print(copy.copy(D('1.5')), copy.deepcopy(D('2.5')), pickle.loads(pickle.dumps(D('-3.25E+7'))))
print(pickle.loads(pickle.dumps(getcontext())).prec)

# format
for spec in ['', '.2f', ',.3f', '+.1e', '>10', '<10.2', '^12', '*^15,.2f', '.0%', 'g', '.3G', '010.2f', 'z.1f', 'n']:
    print(repr(spec), [format(D(v), spec) for v in ['1234.5678', '-0.001', '0', 'nan', '-inf']])
show(lambda: format(D(1), '_'))
show(lambda: format(D(1), '#'))
show(lambda: format(D(1), 'x'))
print('%s %r %.2f' % (D('1.5'), D('2.5'), D('3.14159')))

# fractions and statistics
print(Fraction(D('1.1')), Fraction.from_decimal(D('-0.25')), Fraction(D('1e3')))
print(Fraction(1, 3) < D('0.34'), D('0.34') > Fraction(1, 3), D('0.5') == Fraction(1, 2))
data = [D('1.5'), D('2.25'), D('3.125'), D('4')]
print(statistics.mean(data), statistics.median(data), statistics.stdev(data), statistics.variance(data))
print(sum(data), max(data), min(data), sorted(data, reverse=True))
print(D(10).as_tuple(), D('-0.00').as_tuple(), D('-0.00').as_integer_ratio())
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS)
print(sorted(n for n in dir(decimal) if not n.startswith('_')))
