# Rich comparisons, truth, len and hashing through a proxy (issue 8,
# semantics.md 2.3 decision 4, cases 41-42): the six comparisons with the
# proxy on either side (reflected methods run when the other operand's
# side declines), a comparison both sides decline (== falls back to
# identity, < is the TypeError with the real type names), __bool__,
# truth from __len__ when there is no __bool__, truth of a plain object,
# __hash__ with the proxy as a dict key and a set member (found again
# through __eq__), an unhashable class (__eq__ without __hash__) and a
# __hash__ returning a non-int. Run by ops_mods/runner.py on the plain
# objects and on proxies four ways; every block prints what the plain
# objects print (ops_mods/check_py3.sh). Proxy-specific: none.
from ops_mods import runner

SETUP = """
def _s(o):
    return o if isinstance(o, (int, str, type(None))) else type(o).__name__
class C:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return ('eq', self.x, _s(o))
    def __ne__(self, o):
        return ('ne', self.x, _s(o))
    def __lt__(self, o):
        return ('lt', self.x, _s(o))
    def __le__(self, o):
        return ('le', self.x, _s(o))
    def __gt__(self, o):
        return ('gt', self.x, _s(o))
    def __ge__(self, o):
        return ('ge', self.x, _s(o))
    def __bool__(self):
        return self.x > 0
    def __hash__(self):
        return 7
class K:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, K) and o.k == self.k or o == self.k
    def __hash__(self):
        return hash(self.k)
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Decline:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
class NoHash:
    def __eq__(self, o):
        return True
class BadHash:
    def __hash__(self):
        return 'h'
class BadBool:
    def __bool__(self):
        return 1
def make():
    return C(3), C(0), K('k'), Sized(0), Sized(2), object(), Decline(), NoHash(), BadHash(), BadBool()
"""

CHECK = """
def check(objs):
    c, z, k, s0, s2, plain, dec, nohash, badhash, badbool = objs
    print(c == 1, c != 1, c < 1, c <= 1, c > 1, c >= 1)
    print(1 == c, 1 != c, 1 < c, 1 <= c, 1 > c, 1 >= c)
    print('a' == c, None == c, c == c, c != c, c == z)
    print(bool(c), bool(z), not c, bool(s0), bool(s2), len(s2), bool(plain), 'y' if s2 else 'n')
    print(dec == dec, dec != dec, dec == 1, 1 != dec, dec is dec)
    for bad in (lambda: dec < 1, lambda: 1 > dec, lambda: dec < dec, lambda: hash(nohash),
                lambda: {nohash: 1}, lambda: hash(badhash), lambda: bool(badbool),
                lambda: len(plain), lambda: len(c), lambda: 'k' < k, lambda: k >= 2.5,
                lambda: (1,) <= dec, lambda: None > k):
        try:
            bad()
        except TypeError as e:
            print('TypeError', e)
    d = {k: 'found', c: 'c'}
    print(hash(k) == hash('k'), hash(c), d[k], d.get('k'), k in d, 'k' in d, c in d)
    st = {k, c, 'k'}
    print(len(st), k in st, 'k' in st, sorted(str(type(x).__name__ == 'str') for x in st))
    d[k] = 'again'
    print(len(d), d['k'], list(d.values()))
"""

runner.run(SETUP, CHECK)
