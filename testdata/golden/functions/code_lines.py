# code objects: co_stacksize, co_code, co_lines() and co_positions() are
# consistent with each other and with f_lasti (their shape, not CPython's
# bytecode: minipy's instructions differ).
def f(a, b=2):
    x = a + b
    if x:
        return [x,
                a]
    return None
c = f.__code__
print(c.co_stacksize > 0, type(c.co_code), len(c.co_code) % 2)
lines = list(c.co_lines())
print(all(isinstance(t, tuple) and len(t) == 3 for t in lines))
print(sorted({l for _, _, l in lines if l is not None}))
print(lines[0][0], all(lines[i][1] == lines[i + 1][0] for i in range(len(lines) - 1)), lines[-1][1] == len(c.co_code))
pos = list(c.co_positions())
print(len(pos) * 2 == len(c.co_code), all(len(p) == 4 for p in pos))
print(sorted({p[0] for p in pos if p[0] is not None}))
import sys
def g():
    fr = sys._getframe()
    for p in fr.f_code.co_positions():
        pass
    return list(fr.f_code.co_positions())[fr.f_lasti // 2][0] == fr.f_lineno
print(g())
try:
    c.co_lines(1)
except TypeError as e:
    print(e)
