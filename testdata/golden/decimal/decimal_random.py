# decimal: conversions, rounding, comparisons with floats and Fractions, format and localcontext keywords over random values (a digest), as python3.
import random, math
from decimal import Decimal as D, localcontext, getcontext, Inexact, ROUND_UP
from fractions import Fraction
rng = random.Random(7)
out = []
specs = ['', '.3f', ',.2f', '.4e', '.3g', '>12.2f', '+.1%', '010.3f', ',', 'G', '.2', 'z.1f', '^15,.3e', '.0f', '.0e']
for _ in range(1500):
    f = rng.uniform(-1e6, 1e6) * 10 ** rng.randint(-12, 12)
    d = D(f)
    s = D(repr(f))
    out.append((str(d)[:40], float(s) == f, int(s), round(s), str(round(s, 3)), s.as_integer_ratio() == Fraction(s).as_integer_ratio(),
                math.floor(s), math.ceil(s), s < f, s == f, s > Fraction(f), hash(s) == hash(Fraction(s)),
                str(s.to_integral_value(rounding=ROUND_UP)), str(s.sqrt() if s > 0 else s.copy_abs()),
                format(s, rng.choice(specs)), str(s.normalize()), s.adjusted(), str(s.logb()), s.number_class()))
with localcontext(prec=12, traps=[Inexact]) as c:
    try:
        D(1) / 3
    except Exception as e:
        out.append(repr(e))
    out.append(str(c))
with localcontext(flags=[Inexact], Emax=100) as c:
    out.append(str(c))
import hashlib
print(hashlib.sha256(repr(out).encode()).hexdigest())
for o in out[:5] + out[-3:]:
    print(o)
