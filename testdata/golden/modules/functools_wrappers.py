# functools: update_wrapper, wraps, lru_cache, cache, cached_property, total_ordering.
import functools as ft

def deco(fn):
    @ft.wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner

@deco
def target(x, y=2):
    """target doc"""
    return x + y

target.extra = 1
print(target.__name__, target.__doc__, target.__qualname__, target.__wrapped__.__name__, target(1))
def w(): pass
def src(): pass
src.note = 'n'
ft.update_wrapper(w, src, assigned=('__name__',), updated=())
print(w.__name__, hasattr(w, 'note'), w.__wrapped__ is src, ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES)

calls = []
@ft.lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n

print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)

@ft.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())

@ft.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info(), fact.cache_parameters())

@ft.lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(('ident', x))
    return x
calls.clear()
ident(1); ident(1.0); ident(1); ident(x=1)
print(calls, ident.cache_info())

@ft.lru_cache(0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

class C:
    def __init__(self, v):
        self.v = v
    @ft.lru_cache
    def method(self, k):
        return self.v * k
    @ft.cached_property
    def expensive(self):
        calls.append('expensive')
        return self.v * 100

c = C(3)
print(c.method(2), c.method(2), C.method.cache_info().hits)
calls.clear()
print(c.expensive, c.expensive, calls, c.__dict__)
del c.expensive
print(c.expensive, calls, type(C.__dict__['expensive']).__name__, C.expensive.attrname)

@ft.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), b >= a, sorted([b, a])[0].v)

@ft.total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(1) <= G(1), G.__lt__.__name__)

tests = [
    lambda: ft.lru_cache('a'), lambda: ft.lru_cache(maxsize='x'), lambda: sq([1]),
    lambda: ft.total_ordering(type('X', (), {})), lambda: ft.cache(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

class NoDict:
    __slots__ = ('a',)
    @ft.cached_property
    def prop(self):
        return 1
try:
    NoDict().prop
except TypeError as e:
    print(e)
cp = ft.cached_property(lambda self: 1)
try:
    cp.__get__(C(1))
except TypeError as e:
    print(e)
try:
    class Two:
        a = b = ft.cached_property(lambda self: 1)
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else '')
