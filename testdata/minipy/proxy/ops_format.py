# repr, str and format through a proxy (issue 8, semantics.md 2.3
# decision 4): repr(), str(), ascii(), print, f-strings with !r/!s/!a
# conversions and format specs (nested specs made at run time), format()
# and str.format() with specs and attribute/index fields, %-formatting,
# the default __format__ of a class without one (empty spec only, then
# the TypeError with the type's name), built-in values' __format__
# (int, float, str, a list's repr), and __repr__/__str__/__format__
# raising or returning a non-str. Run by ops_mods/runner.py on the plain
# objects and on proxies four ways; every block prints what the plain
# objects print (ops_mods/check_py3.sh). Proxy-specific: none.
from ops_mods import runner

SETUP = """
class F:
    def __init__(self, v):
        self.v = v
        self.items = ['zero', 'one']
    def __repr__(self):
        return f'F({self.v!r})'
    def __str__(self):
        return f'f{self.v}'
    def __format__(self, spec):
        return f'<{spec}|{self.v}>'
class Plain:
    def __repr__(self):
        return 'Plain()'
class Bad:
    def __repr__(self):
        return 42
    def __str__(self):
        raise ValueError('no str')
    def __format__(self, spec):
        return None
def make():
    return F('é'), Plain(), Bad(), 12345, 3.14159, 'text', [1, 'a']
"""

CHECK = """
def check(objs):
    f, plain, bad, i, x, s, lst = objs
    print(repr(f), str(f), ascii(f), f)
    print(f'{f}|{f!r}|{f!s}|{f!a}|{f:>8}|{f:{"x" * 2}}', format(f), format(f, 'spec'))
    print('{0} {0!r} {0:q} {0.v} {0.items[1]} {1:*^9}'.format(f, s), '%s %r %a' % (f, f, f))
    print(f'{plain}', str(plain), format(plain), '{}'.format(plain), '%s' % plain)
    print(f'{i:,} {i:08.2f} {i:x} {i:#o} {i!r:>7}', f'{x:.2f} {x:e} {x:10.3}', f'{s:^10}|{s!r}', f'{lst}', f'{lst!r:>12}')
    w, p = 10, 3
    print(f'{x:{w}.{p}f}|', format(i, '_'), format(s, '<6') + '|', str(lst), repr(lst))
    for op in (lambda: format(plain, 'x'), lambda: f'{plain:>5}', lambda: repr(bad),
               lambda: str(bad), lambda: format(bad, ''), lambda: f'{i:q}', lambda: format(s, 'd')):
        try:
            print(op())
        except Exception as e:
            print(type(e).__name__, e)
"""

runner.run(SETUP, CHECK)
