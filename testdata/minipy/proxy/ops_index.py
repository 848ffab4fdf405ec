# __index__ and the numeric conversions through a proxy (issue 8,
# semantics.md 2.3 decision 4): a proxy as a list index, in slices, as
# the count of a repetition, in hex/oct/bin, range(), int(), round();
# __int__, __float__, __complex__, __round__ with and without ndigits,
# __trunc__/__floor__/__ceil__ through math.trunc/floor/ceil (and
# math.floor of a float's proxy), abs/divmod/pow of a proxied int, and
# the TypeErrors of an object that has none of them (as an index of a
# list, tuple, str and bytes, a slice bound, an argument), with its own type
# name. Run by ops_mods/runner.py on the plain objects and on proxies
# four ways; every block prints what the plain objects print
# (ops_mods/check_py3.sh). Proxy-specific: none (the proxy type has an
# __index__ slot, so a sequence asks a proxy of Nothing for its index;
# that failure becomes the sequence's own TypeError naming Nothing).
from ops_mods import runner

SETUP = """
class Ix:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
    def __complex__(self):
        return 1 + 2j
    def __round__(self, nd=None):
        return ('round', nd)
    def __trunc__(self):
        return 'trunc'
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
class Nothing:
    pass
def make():
    return Ix(2), Num(), Nothing(), 2.5, -7
"""

CHECK = """
import math
def check(objs):
    ix, num, nothing, fl, neg = objs
    L = [10, 20, 30, 40, 50]
    print(L[ix], L[ix:], L[:ix], L[::ix], (1, 2, 3)[ix], 'abcdef'[ix:ix * 2 if False else 4], b'xyz'[ix])
    print(hex(ix), oct(ix), bin(ix), list(range(ix)), list(range(ix, 6, ix)), int(ix), 'ab' * ix, [0] * ix, ix * 'c' if False else '')
    print('%d|%x' % (ix, ix), f'{ix if False else 5:d}', L.pop(ix), L)
    print(int(num), float(num), complex(num), round(num), round(num, 2), math.trunc(num), math.floor(num), math.ceil(num))
    print(int(fl), float(fl), complex(fl), round(fl), round(fl, 1), math.floor(fl), math.ceil(fl), math.trunc(fl), fl.is_integer())
    print(abs(neg), divmod(neg, 3), pow(neg, 2, 5), neg.bit_length(), int(neg), float(neg), -neg, neg.real, neg.imag)
    for bad in (lambda: L[nothing], lambda: L[nothing:], lambda: hex(nothing), lambda: range(nothing),
                lambda: int(nothing), lambda: float(nothing), lambda: complex(nothing),
                lambda: round(nothing), lambda: math.trunc(nothing), lambda: math.floor(nothing),
                lambda: math.ceil(nothing), lambda: 'ab' * nothing, lambda: [1] * nothing,
                lambda: L[num], lambda: int(ix), lambda: float(ix), lambda: round(ix),
                lambda: (1, 2)[nothing], lambda: 'ab'[nothing], lambda: b'ab'[nothing],
                lambda: 'abc'[nothing:], lambda: (1, 2)[:nothing], lambda: L.__setitem__(nothing, 1),
                lambda: 'abc'.find('a', nothing)):
        try:
            print(bad())
        except TypeError as e:
            print('TypeError', e)
"""

runner.run(SETUP, CHECK)
