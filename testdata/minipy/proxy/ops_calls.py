# Calls through a proxy (issue 8, semantics.md 2.3, cases 27-29): a
# function with positional-only, default, keyword-only, *args and
# **kwargs parameters called with positional, keyword, *iterable and
# **mapping arguments (the mapping and iterable unpacked in the caller),
# its argument errors with the function's own messages, a callable object
# (__call__), a method got as an attribute then called (a bound method
# of the owner), callable() of each (forwarded: True only for what the
# object's type can call) and calling what is not callable. Run by
# ops_mods/runner.py on the plain objects and on proxies four ways;
# every block prints what the plain objects print (ops_mods/check_py3.sh).
# Proxy-specific: none.
from ops_mods import runner

SETUP = """
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
class Adder:
    def __init__(self, base):
        self.base = base
    def __call__(self, *xs, scale=1):
        return (self.base + sum(xs)) * scale
    def method(self, x, *, y=0):
        return ('method', self.base, x, y)
def make():
    return f, Adder(10), object(), [1, 2].count
"""

CHECK = """
def check(objs):
    f, adder, plain, count = objs
    print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7), f(*(1, 2), **{'d': 0, 'q': 1}))
    print(f(1, c=9, d=8, e=7, x=6), f(*range(5), d=None), f(1, *[2], **dict(d=3)))
    for bad in (lambda: f(), lambda: f(1), lambda: f(1, d=1, c=2, **{'c': 3}),
                lambda: f(a=1, d=2), lambda: f(1, 2, 3, d=4, d2=5, e=6, **{'e': 7})):
        try:
            bad()
        except TypeError as e:
            print('TypeError', e)
    print(adder(), adder(1, 2), adder(1, scale=3), adder(*[1, 1], **{'scale': 2}))
    m = adder.method
    print(m(1), m(2, y=3), adder.method(4, y=5), count(1), count(3))
    print(callable(f), callable(adder), callable(plain), callable(m), callable(count), callable(adder.base))
    for bad in (lambda: plain(), lambda: adder.base(1), lambda: adder(x=1), lambda: m(),
                lambda: count(), lambda: adder.method(1, 2)):
        try:
            bad()
        except TypeError as e:
            print('TypeError', e)
"""

runner.run(SETUP, CHECK)
