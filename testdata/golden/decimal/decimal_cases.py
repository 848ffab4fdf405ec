# Replays testdata/decimal/cases.txt (written by tools/gen_decimal_cases.py
# from python3's decimal): every operation under its context, comparing
# the result and the flags; prints the mismatches and a count per
# operation.
import os
from decimal import Decimal, Context

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, '..', '..', 'decimal', 'cases.txt')

contexts = {}

def run(spec, op, args):
    if op == 'format':
        try:
            return format(Decimal(args[0]), args[1]), '-'
        except Exception as e:
            return 'raise ' + type(e).__name__, '-'
    ctx = contexts.get(spec)
    if ctx is None:
        prec, rounding, emin, emax, clamp = spec.split('/')
        ctx = contexts[spec] = Context(prec=int(prec), rounding=rounding, Emin=int(emin),
                                       Emax=int(emax), clamp=int(clamp), traps=[], flags=[])
    ctx.clear_flags()
    ds = [Decimal(a) for a in args]
    try:
        r = getattr(ctx, op)(*ds)
    except Exception as e:
        return 'raise ' + type(e).__name__, ''
    if isinstance(r, tuple):
        r = '(' + ' '.join(str(x) for x in r) + ')'
    flags = ','.join(s.__name__ for s, v in ctx.flags.items() if v)
    return str(r), flags or '-'

counts = {}
bad = 0
with open(path) as f:
    for line in f:
        parts = line.rstrip('\n').split('\t')
        eq = parts.index('=')
        spec, op, args = parts[0], parts[1], parts[2:eq]
        want = (parts[eq + 1], parts[eq + 2])
        got = run(spec, op, args)
        n = counts.setdefault(op, [0, 0])
        n[0] += 1
        if got != want:
            n[1] += 1
            bad += 1
            if bad <= 100:
                print('MISMATCH', spec, op, args, 'want', want, 'got', got)
for op in sorted(counts):
    print(op, counts[op][0], 'cases', counts[op][1], 'mismatches')
print('total', sum(n[0] for n in counts.values()), 'mismatches', bad)
