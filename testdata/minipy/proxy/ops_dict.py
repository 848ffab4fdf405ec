# Every operation of a dict through a proxy (issue 8, semantics.md 2.3
# decision 4): item get/set/delete, missing keys, in, len, truth,
# iteration (keys), the views (proxies of the owner's views: len, in,
# iteration, reversed), the methods with positional, keyword and **
# arguments, fromkeys through the instance, repr/str, | and |= with a
# shareable mapping's items, and the dict's own errors. Run by
# ops_mods/runner.py on the plain dict and on proxies four ways; every
# block prints what the plain dict prints (ops_mods/check_py3.sh).
# Proxy-specific: none. (`d | {...}` would pass a proxy of the caller's
# dict, which dict's | refuses: see dict_set.py; the check uses tuples.)
from ops_mods import runner

SETUP = """
def make():
    return {'a': 1, 'b': 2, 3: 'three', (1, 2): None}
"""

CHECK = """
def check(d):
    print(len(d), bool(d), d['a'], d[3], d[(1, 2)], 'b' in d, 'z' in d, (1, 2) in d)
    d['c'] = 3
    d[4.5] = 'f'
    del d['b']
    print(repr(d), str(d), list(d), sorted(d, key=str), list(reversed(d)))
    k, v, i = d.keys(), d.values(), d.items()
    print(len(k), 'a' in k, list(k), list(v), list(i), ('a', 1) in i, 3 in v)
    print(list(reversed(k)), list(reversed(v)), [x for x in i])
    print(d.get('a'), d.get('zz'), d.get('zz', 0), d.get(key := 3), key)
    d.update({'x': 1}, y=2)
    d.update([('z', 26)])
    d.update(**{'w': 23})
    print(d.pop('x'), d.pop('nope', 'dflt'), d.setdefault('y', 0), d.setdefault('n', []), d['n'])
    print(d.popitem(), d.fromkeys('ab', 0), d == d, d.copy() == d, d != d.copy())
    f = dict(d)
    f.update(d)
    print(f == dict(d), sorted(map(str, d)), list(d.items())[:2])
    d.clear()
    print(d, len(d), bool(d), list(d.items()))
    for bad in (lambda: d['missing'], lambda: d[[1]], lambda: d.pop('missing'),
                lambda: d.popitem(), lambda: hash(d), lambda: d + 1, lambda: d < 1,
                lambda: d.update(1), lambda: d.get(), lambda: d.nosuch, lambda: 1 | d,
                lambda: d.setdefault([], 1)):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    try:
        del d['missing']
    except KeyError as e:
        print('KeyError', e)
    it = iter(d)
    d['new'] = 1
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError', e)
"""

runner.run(SETUP, CHECK)
