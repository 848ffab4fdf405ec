# Builtins and syntax taking proxies as their operands (issue 8,
# semantics.md 2.3 decision 4): sorted/min/max/sum/any/all with keys that
# are proxied bound methods and functions, enumerate/zip/map/filter,
# str.join and bytes.join of proxied sequences, list/tuple/set/frozenset/
# dict built from proxies, dict.fromkeys, list.extend, unpacking into
# calls (*p, **p), displays ([*p], {**p}, {*p}), starred assignment,
# %-formatting with a proxied mapping and tuple, str.format(**p),
# iter(callable, sentinel) with a proxied callable, isinstance with
# built-in types, and print(*p). Run by ops_mods/runner.py on the plain
# objects and on proxies four ways; every block prints what the plain
# objects print (ops_mods/check_py3.sh). Proxy-specific: none.
from ops_mods import runner

SETUP = """
class Source:
    def __init__(self):
        self.left = [3, 1, 2]
    def take(self):
        return self.left.pop() if self.left else None
def make():
    return [5, 3, 8, 1], {'b': 2, 'a': 1, 'c': 3}, ['x', 'y', 'z'], (b'a', b'b'), 'hello world', Source(), abs
"""

CHECK = """
def check(objs):
    L, d, words, bs, s, src, pabs = objs
    print(sorted(L), sorted(L, key=pabs, reverse=True), min(L), max(L), sum(L), sum(L, 10), any(L), all(L))
    print(max(d, key=d.get), min(d, key=d.__getitem__), sorted(d.items(), key=lambda kv: kv[1]), sorted(d, key=len))
    print(list(enumerate(words, 1)), list(zip(L, words)), list(map(pabs, L)), list(filter(lambda x: x > 2, L)))
    print(','.join(words), b'-'.join(bs), ' '.join(reversed(words)), s.split(), s.title(), 'lo' in s, s.count('o'))
    print(list(L), tuple(L), sorted(set(L)), sorted(frozenset(words)), dict(d), dict(zip(words, L)), dict.fromkeys(words, 0))
    acc = [0]
    acc.extend(L)
    acc += words
    print(acc, [*L, *words], {**d, 'z': 26}, sorted({*L, *words}, key=str), (*L,))
    def f(*args, **kw):
        return args, sorted(kw.items())
    print(f(*L), f(**d), f(*words, **d), '%(a)s-%(b)s' % d, '%s %s %s' % tuple(words), '{a}{b}{c}'.format(**d))
    first, *middle, last = L
    print(first, middle, last, [x for x in iter(src.take, None)], isinstance(L, list), isinstance(d, dict), isinstance(s, str))
    print(*L, sep='|')
    print(*words, *d)
"""

runner.run(SETUP, CHECK)
