# Binary and unary operators, round, and conversions over ints, floats
# (signed zeros, infinities, nan) and complex numbers, as python3.
import itertools, operator as op
vals = [0, -3, 2**64+1, True, -0.0, 2.5, 1e300, float('inf'), float('nan'), 1j, 2-3j, complex(float('inf'), 1), -1, 1e-300]
ops = [('+', op.add), ('-', op.sub), ('*', op.mul), ('/', op.truediv), ('//', op.floordiv), ('%', op.mod), ('**', op.pow), ('divmod', divmod), ('<<', op.lshift), ('>>', op.rshift), ('&', op.and_), ('|', op.or_), ('^', op.xor), ('<', op.lt), ('==', op.eq), ('>=', op.ge), ('round', round)]
for a, b in itertools.product(vals, vals):
    for name, f in ops:
        if name == '**' and isinstance(b, int) and abs(b) > 100 and isinstance(a, int) and abs(a) > 1: continue
        if name in ('<<', 'round') and isinstance(b, int) and abs(b) > 1000: continue
        try: r = f(a, b)
        except Exception as e: r = type(e).__name__ + ": " + str(e)
        print(repr(a), name, repr(b), repr(r))
for a in vals:
    for name, f in [('-', op.neg), ('~', op.invert), ('abs', abs), ('int', int), ('float', float), ('complex', complex), ('bool', bool), ('str', str), ('round', round), ('hex', lambda x: x.hex() if isinstance(x, float) else hex(x)), ('ratio', lambda x: x.as_integer_ratio()), ('trunc', lambda x: x.__trunc__()), ('floor', lambda x: x.__floor__()), ('ceil', lambda x: x.__ceil__()), ('conj', lambda x: x.conjugate()), ('real', lambda x: x.real), ('imag', lambda x: x.imag), ('bitlen', lambda x: x.bit_length()), ('isint', lambda x: x.is_integer())]:
        try: r = f(a)
        except Exception as e: r = type(e).__name__ + ": " + str(e)
        print(name, repr(a), repr(r))
    for nd in [None, 0, 1, 2, -1, -2, 5, 400, -400]:
        try: r = round(a, nd)
        except Exception as e: r = type(e).__name__ + ": " + str(e)
        print('round', repr(a), nd, repr(r))
