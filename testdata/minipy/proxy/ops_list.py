# Every operation of a list through a proxy (issue 8, semantics.md 2.3
# decision 4: the full forwarding table): len, truth, item get/set/delete
# with ints, negative indices and slices (slices of shareables are
# copied), in, iteration, reversed, repr/str, in-place and repeat
# operators, the methods with positional and keyword arguments, and the
# list's own TypeErrors. Run by ops_mods/runner.py on the plain list and
# on proxies four ways; every block prints what the plain list prints
# (checked with ops_mods/check_py3.sh against python3).
# The sort key lambda is a callback: it runs back in the caller.
# Proxy-specific: none (the operands are shareable values).
from ops_mods import runner

SETUP = """
def make():
    return [5, 3, 8, 1]
"""

CHECK = """
def check(L):
    print(len(L), bool(L), L[0], L[-1], L[1:3], L[::-1], L[::2])
    L[0] = 50
    L[1:3] = (30, 80, 81)
    del L[-1]
    del L[::3]
    print(repr(L), str(L), 30 in L, 99 not in L)
    print(list(L), [x + 1 for x in L], list(reversed(L)), list(enumerate(L)))
    L.append(7)
    L.extend(range(2))
    L.insert(0, -1)
    L += (9,)
    L *= 2
    print(L.index(7), L.index(7, 4), L.count(9), L.pop(), L.pop(0), len(L))
    L.remove(9)
    L.sort(reverse=True)
    print(L)
    L.sort(key=abs)
    print(L)
    L.sort(key=lambda x: (x % 3, -x), reverse=False)
    print(L, L * 2 == L + L, sorted(L, reverse=True), max(L), sum(L))
    L.clear()
    print(L, bool(L), len(L))
    for bad in (lambda: L[5], lambda: L['a'], lambda: L.pop(), lambda: L.index(3),
                lambda: L.remove(3), lambda: L + 1, lambda: 1 + L, lambda: L * 'x',
                lambda: L < 3, lambda: hash(L), lambda: L.nosuch, lambda: L(),
                lambda: L.sort(1)):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    try:
        L[0] = 1
    except IndexError as e:
        print('IndexError', e)
    try:
        del L[0]
    except IndexError as e:
        print('IndexError', e)
    L.append(1)
    L[0:0] = 'ab'
    L.append(None)
    print(L, L[-1] is None, L.copy() == L)
"""

runner.run(SETUP, CHECK)
