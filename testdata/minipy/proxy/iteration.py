# Iteration through proxies: for loops, unpacking, star-arguments,
# builtins that iterate, iterators of the owner's containers, dict views.
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

sub = I.create()
sub.prepare_main(lst=I.SharedObjectProxy([1, 2, 3]), d=I.SharedObjectProxy({'a': 1, 'b': 2}),
                 s=I.SharedObjectProxy('abc'), r=I.SharedObjectProxy(range(4)))
sub.exec("""
for x in lst:
    print(x, end=' ')
print()
a, b, c = lst
print(a + b + c, max(lst), min(lst), sum(lst), sorted(lst, reverse=True))
print(list(enumerate(lst)), list(zip(lst, 'xyz')), list(map(str, lst)))
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*lst), f(**d))
it = iter(lst)
print(type(it).__name__, next(it), next(it), list(it), next(it, 'end'))
print(list(d.keys()), list(d.values()), list(d.items()), dict(d))
print(len(s), s.upper(), list(s), s[1], 'b' in s)
print(list(r), r[-1], len(r), list(reversed(r)), 3 in r)
print(any(lst), all(lst), list(filter(None, lst)), tuple(lst), set(lst))
""")
sub.close()
