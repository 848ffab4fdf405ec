from fractions import Fraction as F
import math, copy, pickle, operator
a, b = F(1, 3), F(-5, 4)
ops = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod, divmod, operator.pow]
for op in ops:
    for x, y in [(a, b), (b, a), (a, 2), (2, a), (a, 0.5), (0.5, a), (b, 1j), (1j, b), (True, a), (a, F(3))]:
        try:
            r = op(x, y)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(op.__name__, repr(x), repr(y), '->', repr(r))
print(F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, F(4) ** F(1, 2), 2 ** F(2), 2 ** F(-2), 2 ** F(1, 2), F(9, 4) ** 0.5, 4 ** F(-1, 2), 2.0 ** F(-2))
for x, y in [(F(0), -1), (F(1, 2), 0), (F(1), F(0)), (5, F(0))]:
    for op in [operator.truediv, operator.floordiv, operator.mod, operator.pow]:
        try:
            print(op(x, y))
        except ZeroDivisionError as e:
            print('ZeroDivisionError', e)
print(-a, +b, abs(b), int(b), int(F(7, 2)), math.trunc(b), math.floor(b), math.ceil(b), math.floor(F(7, 2)), math.ceil(F(7, 2)))
for v in [F(1, 2), F(3, 2), F(5, 2), F(-1, 2), F(-3, 2), F(7, 3), F(-7, 3)]:
    print(v, round(v), round(v, 0), round(v, 1), round(F(12345, 7), -2), repr(round(v, 2)))
print(float(F(1, 3)), float(F(10**400, 3 * 10**399)), complex(F(1, 2)), bool(F(0)), bool(F(1, 9)))
for x in [F(1, 2), F(-1, 2), F(3), F(-1), F(1, 3), F(10**30, 7), F(1, 2305843009213693951), F(-1, 2305843009213693951 * 3)]:
    print(hash(x), hash(x) == hash(float(x)) if x.denominator in (1, 2) else '')
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), {F(1, 2): 'x'}[0.5], hash(F(-1)))
print(a == F(1, 3), a == 1/3, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, F(1, 2) == 0.5j, F(2) == 2, F(1) == True, a == 'x', F(1,2) != F(1,3))
print(a < b, a > b, a <= 1, a >= 0.3, a < float('inf'), a > float('-inf'), a < float('nan'), a == float('nan'), 1 < a, 0.2 < a)
try:
    a < 'x'
except TypeError as e:
    print(e)
try:
    a < 1j
except TypeError as e:
    print(e)
print(sorted([F(1, 2), 0.25, 1, F(-3, 4), 0]), max(F(1, 3), F(1, 4)), sum([F(1, 3)] * 3))
print(copy.copy(a) is a, copy.deepcopy(a) is a, pickle.loads(pickle.dumps(a)) == a, a.__reduce__())
class G(F):
    pass
g = G(3, 6)
print(repr(g), type(g + 1).__name__, type(+g).__name__, repr(copy.copy(g)), type(G.from_float(0.5)).__name__, repr(G('1.5')))
print(a.real, a.imag, a.conjugate(), F(1, 3).__class__.__name__, divmod(F(7, 2), 2), divmod(-7, F(2, 3)))
print(pow(F(2), 10), F(1, 10) + F(2, 10) == F(3, 10), 0.1 + F(1, 5))
from fractions import Fraction as F
for x,y in [(F(0),F(0)),(0,F(0)),(F(0),0)]:
  try: print(x/y)
  except ZeroDivisionError as e: print(e)
