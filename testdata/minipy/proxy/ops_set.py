# Every operation of a set through a proxy (issue 8, semantics.md 2.3
# decision 4): len, truth, in, iteration, add/discard/remove/pop, the
# methods taking iterables (tuples and ranges: copied or static), the
# comparison methods, repr/str, and the set's own errors. Run by
# ops_mods/runner.py on the plain set and on proxies four ways; every
# block prints what the plain set prints (ops_mods/check_py3.sh).
# Proxy-specific: none. (`s | {...}` passes a proxy of the caller's set,
# which set's | refuses: see dict_set.py.)
from ops_mods import runner

SETUP = """
def make():
    return {1, 2, 3, 'x'}
"""

CHECK = """
def check(s):
    print(len(s), bool(s), 2 in s, 9 in s, 'x' in s, sorted(s, key=str))
    s.add(4)
    s.add((5, 6))
    s.discard(1)
    s.discard(99)
    s.remove('x')
    print(sorted(s, key=str), len(s), (5, 6) in s)
    print(sorted(s.union((7,)), key=str), sorted(s.intersection(range(4))), sorted(s.difference((2,)), key=str))
    print(s.issubset(range(3)), s.issuperset((2, 3)), s.isdisjoint((8, 9)), sorted(s.symmetric_difference((3, 8)), key=str))
    s.update((10, 11), range(2))
    s.intersection_update(range(12))
    s.difference_update((0,))
    s.symmetric_difference_update((2, 20))
    print(sorted(s), repr(s) == str(s), s == s, s != s, s <= s, s < s)
    t = s.copy()
    print(sorted(t), t == s, len(t))
    n = 0
    while s:
        s.pop()
        n += 1
    print(n, s, len(s), bool(s))
    for bad in (lambda: s.pop(), lambda: s.remove(1), lambda: s.add([]), lambda: [] in s,
                lambda: s[0], lambda: hash(s), lambda: s + 1, lambda: s < 1, lambda: s | 1,
                lambda: 1 - s, lambda: s.update(1)):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
"""

runner.run(SETUP, CHECK)
