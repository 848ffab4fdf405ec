# Item get, set and delete through a proxy of user objects (issue 8,
# semantics.md 2.3 decision 4): __getitem__/__setitem__/__delitem__ with
# ints, strs, tuples, slices (copied: their bounds are shareable) and
# extended slices, a[...] with Ellipsis, a dict subclass with __missing__,
# a mapping's __contains__ and __len__, a str and a bytes and a tuple
# (shareable values, still proxied) indexed and sliced, a class with
# __class_getitem__ (C[int]), and the TypeErrors/KeyErrors/IndexErrors
# with the real type names. Run by ops_mods/runner.py on the plain
# objects and on proxies four ways; every block prints what the plain
# objects print (ops_mods/check_py3.sh). Proxy-specific: none.
from ops_mods import runner

SETUP = """
class Grid:
    def __init__(self):
        self.cells = {}
        self.log = []
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        if k is Ellipsis:
            return 'ellipsis'
        return self.cells[k]
    def __setitem__(self, k, v):
        if isinstance(k, slice):
            k = ('slice', k.start, k.stop, k.step)
        self.cells[k] = v
        self.log.append(('set', k))
    def __delitem__(self, k):
        if isinstance(k, slice):
            k = ('slice', k.start, k.stop, k.step)
        del self.cells[k]
        self.log.append(('del', k))
    def __len__(self):
        return len(self.cells)
    def __contains__(self, k):
        return k in self.cells
class Defaults(dict):
    def __missing__(self, k):
        return ('missing', k)
class Generic:
    def __class_getitem__(cls, item):
        return ('generic', item.__name__ if isinstance(item, type) else item)
class ReadOnly:
    def __getitem__(self, k):
        return k
def make():
    return Grid(), Defaults(a=1), Generic, ReadOnly(), 'hello', b'bytes', (1, 2, 3, 4)
"""

CHECK = """
def check(objs):
    g, dd, gen, ro, s, b, t = objs
    g[1] = 'one'
    g['k'] = 'kay'
    g[2, 3] = 'pair'
    g[1:5] = 'sliced'
    g[::2] = 'stepped'
    print(g[1], g['k'], g[2, 3], g[1:9:3], g[:], g[...], len(g), (2, 3) in g, 'z' in g)
    del g['k']
    del g[1:5]
    print(sorted(map(str, g.cells)), g.log, len(g))
    print(dd['a'], dd['zz'], dd.get('zz'), 'zz' in dd, len(dd), gen[int], gen['x'], ro[1:2], ro['key'])
    print(s[1], s[-1], s[1:4], s[::-1], b[0], b[1:3], t[1], t[::2], t[-2:], s.upper(), b.hex(), t.index(3))
    for bad in (lambda: g['missing'], lambda: g[[1]], lambda: s[10], lambda: s['a'], lambda: b[1.5],
                lambda: t[5], lambda: t[:, 1], lambda: ro.__setitem__(1, 2), lambda: gen[1:2] if False else gen()[0]):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    for bad in ('del g["missing"]', 'ro[1] = 2', 'del ro[1]', 's[0] = "x"', 'del t[0]', 'dd[[]] = 1'):
        try:
            exec(bad, {'g': g, 'ro': ro, 's': s, 't': t, 'dd': dd})
        except Exception as e:
            print(type(e).__name__, e)
"""

runner.run(SETUP, CHECK)
