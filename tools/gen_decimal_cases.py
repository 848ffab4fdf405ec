"""Writes testdata/decimal/cases.txt: decimal operations under several
contexts and what CPython 3.11's decimal answers (the result's str and
the flags raised, or the exception), and format() cases.

Run: python3 tools/gen_decimal_cases.py > testdata/decimal/cases.txt
(vm/stdlib's TestDecimalCasesFresh checks the file is what this script
prints; testdata/golden/decimal/decimal_cases.py replays it in minipy).

Line format, tab separated:
  ctx  op  arg...  =  result  flags
ctx is prec/rounding/Emin/Emax/clamp; flags are the signal names set.
"""
import decimal
import random
from decimal import Decimal, Context

CONTEXTS = [
    (28, 'ROUND_HALF_EVEN', -999999, 999999, 0),
    (5, 'ROUND_HALF_UP', -99, 99, 0),
    (5, 'ROUND_DOWN', -99, 99, 0),
    (4, 'ROUND_CEILING', -20, 20, 1),
    (4, 'ROUND_FLOOR', -20, 20, 0),
    (6, 'ROUND_UP', -30, 30, 0),
    (3, 'ROUND_HALF_DOWN', -9, 9, 1),
    (7, 'ROUND_05UP', -50, 50, 0),
    (9, 'ROUND_HALF_EVEN', -99, 99, 0),
]

VALUES = ['0', '-0', '1', '-1', '2', '3', '-7', '10', '0.1', '-0.5', '1.5', '2.5',
          '12.345', '-12.345', '999999999', '1E+5', '1.00', '0.001', '123456789012345',
          '1E-10', '9.99E+18', '5E-22', 'Infinity', '-Infinity', 'NaN', 'sNaN', '-NaN5',
          '0E-5', '0E+3', '4', '0.25', '100', '3.14159', '99999.5', '-0.00049999']

SMALL = ['0', '-0', '1', '-1', '2', '-7', '0.1', '2.5', '12.345', '-12.345', '1E+5',
         '0.001', '123456789012345', '5E-22', 'Infinity', '-Infinity', 'NaN', 'sNaN',
         '0E+3', '0.25', '99999.5']

UNARY = ['plus', 'minus', 'abs', 'sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize',
         'to_integral_value', 'to_integral_exact', 'next_plus', 'next_minus',
         'number_class', 'to_eng_string', 'to_sci_string', 'is_normal', 'is_subnormal']
BINARY = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder',
          'remainder_near', 'compare', 'compare_signal', 'max', 'min', 'max_mag',
          'min_mag', 'quantize', 'compare_total', 'same_quantum', 'next_toward',
          'copy_sign', 'divmod']
POWER = ['power']
SCALE = ['scaleb', 'rotate', 'shift']


def make_ctx(spec):
    prec, rounding, emin, emax, clamp = spec
    return Context(prec=prec, rounding=rounding, Emin=emin, Emax=emax, clamp=clamp,
                   traps=[], flags=[])


def run(spec, op, args):
    ctx = make_ctx(spec)
    ds = [Decimal(a) for a in args]
    try:
        r = getattr(ctx, op)(*ds)
    except Exception as e:
        return 'raise ' + type(e).__name__, ''
    if isinstance(r, tuple):
        r = '(' + ' '.join(str(x) for x in r) + ')'
    flags = ','.join(s.__name__ for s, v in ctx.flags.items() if v)
    return str(r), flags or '-'


def ctxname(spec):
    return '/'.join(str(x) for x in spec)


def emit(spec, op, args):
    r, flags = run(spec, op, args)
    print('\t'.join([ctxname(spec), op] + list(args) + ['=', r, flags]))


def random_value(rng):
    k = rng.random()
    if k < 0.05:
        return rng.choice(['Infinity', '-Infinity', 'NaN', '0', '-0'])
    digits = rng.randint(1, 40)
    coef = ''.join(rng.choice('0123456789') for _ in range(digits)).lstrip('0') or '0'
    if rng.random() < 0.3:
        coef = coef[:1] + '9' * rng.randint(0, 12) + coef[1:2]
    exp = rng.randint(-40, 30)
    sign = '-' if rng.random() < 0.4 else ''
    return '%s%sE%d' % (sign, coef, exp)


def main():
    for spec in CONTEXTS[:4] + CONTEXTS[6:8]:
        for op in UNARY:
            for a in VALUES:
                emit(spec, op, [a])
    for spec in CONTEXTS[:1] + CONTEXTS[6:7]:
        for op in BINARY[:6] + ['quantize', 'compare']:
            for a in SMALL:
                for b in SMALL:
                    emit(spec, op, [a, b])
    for spec in CONTEXTS[2:3]:
        for op in BINARY[6:]:
            for a in SMALL:
                for b in SMALL:
                    emit(spec, op, [a, b])
    for spec in CONTEXTS[:2] + CONTEXTS[6:7]:
        for a in ['0', '-0', '1', '-1', '2', '-2', '0.5', '4', '10', '1.21', '0.001', '7',
                  '-8', 'Infinity', '-Infinity', 'NaN', '1E+5', '3.14159']:
            for b in ['0', '1', '-1', '2', '3', '-2', '0.5', '-0.5', '1.5', '2.5', '10',
                      '-3', '100', 'Infinity', '-Infinity', 'NaN', '0.333', '1E+3']:
                emit(spec, 'power', [a, b])
        for a in ['12.345', '-1.5', '1E+5', 'Infinity', 'NaN', '0']:
            for b in ['0', '2', '-3', '9', '1.5', '100', 'Infinity']:
                for op in SCALE:
                    emit(spec, op, [a, b])
        for a, b, c in [('2', '3', '4'), ('1.5', '-2', '3'), ('1E+5', '1E+5', '-1'),
                        ('Infinity', '0', '1'), ('1', '2', 'NaN'), ('0.1', '0.1', '-0.01'),
                        ('123456789', '987654321', '1')]:
            emit(spec, 'fma', [a, b, c])
    rng = random.Random(20261126)
    for spec in CONTEXTS:
        for _ in range(40):
            a = random_value(rng)
            b = random_value(rng)
            for op in ['add', 'subtract', 'multiply', 'divide', 'quantize', 'compare']:
                emit(spec, op, [a, b])
            emit(spec, 'divide_int', [a, b])
            emit(spec, 'remainder', [a, b])
            emit(spec, 'sqrt', [a.lstrip('-')])
        for _ in range(25):
            a = random_value(rng).lstrip('-')
            emit(spec, 'exp', ['%s' % (Decimal(a).scaleb(-Decimal(a).adjusted() + rng.randint(-3, 1)))])
            emit(spec, 'ln', [a])
            emit(spec, 'log10', [a])
            emit(spec, 'power', [a, str(rng.randint(-30, 30) / 4)])
            emit(spec, 'power', [a, str(rng.randint(-12, 12))])
    # format()
    fvalues = ['0', '-0', '1234.5678', '-0.0001', '0E+3', '123456789', '1.5E-10', '-1.5',
               '0.5', '999.9999', '1E+30', 'Infinity', '-NaN', '12.34500']
    specs = ['', 'f', '.2f', '.0f', 'e', '.3e', '.0e', 'E', 'g', '.3g', '.0g', 'G', '%',
             '.1%', 'n', '.4n', ',', ',.2f', '10', '<10', '>12.3f', '^12,.2f', '=+10.2f',
             '*<10', '0=10', '010', '010,', '08.3', '+', ' ', '-', 'z.2f', 'z', '+.3e',
             '020,.4f', 'x>15,', '#', '_', '10_', '.', '.x', 'q', '3.2.1']
    for v in fvalues:
        for s in specs:
            try:
                r = format(Decimal(v), s)
            except Exception as e:
                r = 'raise ' + type(e).__name__
            print('\t'.join(['-', 'format', v, s, '=', r, '-']))


if __name__ == '__main__':
    main()
