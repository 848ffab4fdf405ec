# Iteration through a proxy (issue 8, semantics.md 2.3 decision 4): a
# class with __iter__ returning a separate iterator (iter(p) is a proxy
# of the owner's iterator), an iterator whose __iter__ is itself, next()
# with and without a default, StopIteration with a value from a hand
# written __next__, __reversed__ and reversed() of a sequence-protocol
# object (__len__ + __getitem__ only), iteration of an object with only
# __getitem__ (the old protocol, stopped by IndexError), unpacking with
# a star target, `in` falling back to iteration when there is no
# __contains__, iterating while the owner's list grows, and the
# TypeErrors of what is not iterable or not an iterator. Run by
# ops_mods/runner.py on the plain objects and on proxies four ways; every
# block prints what the plain objects print (ops_mods/check_py3.sh).
# Proxy-specific: none.
from ops_mods import runner

SETUP = """
class Bag:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __iter__(self):
        return iter(self.xs)
    def __reversed__(self):
        return iter(self.xs[::-1] + ['rev'])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration('finished')
        self.n -= 1
        return self.n
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 11
class OldIter:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError('end')
        return chr(97 + i)
def make():
    return Bag(1, 2, 3), Countdown(3), Seq(), OldIter(), object(), [1, 2], 5
"""

CHECK = """
def check(objs):
    bag, cd, seq, old, plain, grow, num = objs
    print(list(bag), [x * 2 for x in bag], list(reversed(bag)), 2 in bag, 9 in bag, sum(bag), max(bag))
    it = iter(bag)
    print(next(it), next(it), next(it), next(it, 'dflt'), list(it))
    print(iter(cd) is cd, next(cd), list(cd), next(cd, 'empty'))
    try:
        cd.__next__()
    except StopIteration as e:
        print('StopIteration', e.value, e.args)
    print(list(seq), list(reversed(seq)), 22 in seq, 5 in seq, len(seq), seq[1])
    print(list(old), 'b' in old, 'z' in old, ''.join(old), sorted(old, reverse=True))
    first, *rest = bag
    a, b, c = old
    print(first, rest, a, b, c, dict(zip(old, bag)), list(enumerate(seq, 1)))
    n = 0
    for x in grow:
        if x < 4:
            grow.append(x + 2)
        n += 1
    print(n, grow)
    for bad in (lambda: iter(plain), lambda: next(bag), lambda: list(num), lambda: next(plain),
                lambda: reversed(plain), lambda: 1 in plain, lambda: [*num], lambda: dict(bag)):
        try:
            bad()
        except TypeError as e:
            print('TypeError', e)
    try:
        x, y = bag
    except ValueError as e:
        print('ValueError', e)
"""

runner.run(SETUP, CHECK)
