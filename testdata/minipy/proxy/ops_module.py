# A proxied module and a proxied dict view and range (issue 8,
# semantics.md 2.3 decision 4): a module's functions called through the
# proxy (in the owner: a value set on the module there is seen by the
# owner's code), its constants, dir() of it, setting and deleting a
# module attribute, the module's AttributeError, repr of the module; a
# range's len, index, slice, containment, reversed, and a dict's
# keys() view (live: it sees later changes of the dict). Run by
# ops_mods/runner.py on the plain objects and on proxies four ways;
# every block prints what the plain objects print (ops_mods/check_py3.sh).
# Proxy-specific: none.
from ops_mods import runner

SETUP = """
import math
def make():
    d = {'a': 1}
    return math, range(2, 20, 3), d, d.keys()
"""

CHECK = """
def check(objs):
    m, r, d, keys = objs
    print(m.sqrt(16), m.floor(2.5), m.pi > 3, m.gcd(12, 18), m.isclose(0.1 + 0.2, 0.3), m.__name__, repr(m)[:14])
    print('sqrt' in dir(m), hasattr(m, 'tau'), hasattr(m, 'nope'), callable(m.sqrt), m.sqrt.__name__)
    m.marker = 'set'
    print(m.marker, getattr(m, 'marker'))
    del m.marker
    for bad in (lambda: m.marker, lambda: m.nope, lambda: m.sqrt('x'), lambda: m.sqrt(-1)):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    print(len(r), r[0], r[-1], r[1:3], 8 in r, 9 in r, r.index(11), r.count(5), list(reversed(r))[:3], r.start, r.step)
    print(list(keys), len(keys), 'a' in keys)
    d['b'] = 2
    print(list(keys), len(keys), 'b' in keys, sorted(keys | {'c'}) if False else 'view ok')
    for bad in (lambda: r[100], lambda: r.index(4), lambda: keys[0]):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
"""

runner.run(SETUP, CHECK)
