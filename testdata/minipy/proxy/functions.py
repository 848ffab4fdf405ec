# Functions proxied from main and called from a sub-interpreter: they run
# in main (semantics.md cases 27-30). Arguments that are shareable arrive
# as copies, others as proxies; results come back the same way.
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

def f(arg=1, /, *, arg2=2):
    return 67 + arg + arg2

def kind(a):
    return type(a).__name__

class Silly:
    silly = 'silly'

def factory():
    return Silly()

def where():
    return I.get_current() == I.get_main(), I.get_current().id

print(f(), f(0, arg2=1))
sub = I.create()
sub.prepare_main(f=I.SharedObjectProxy(f), kind=I.SharedObjectProxy(kind),
                 factory=I.SharedObjectProxy(factory), where=I.SharedObjectProxy(where))
sub.exec("""
from concurrent import interpreters as I
print(f(), f(0, arg2=1))
print(kind(1), kind('t'), kind(b'b'), kind((1, 'a')), kind(None), kind(2.5))
print(kind(object()), kind([1]), kind(len), kind(int))
res = factory()
print(type(res).__name__, res.silly)
print(where(), I.get_current().id)
m = f.__call__
print(type(m).__name__, m(1, arg2=1), f.__name__, f.__defaults__)
try:
    f(1, 2)
except TypeError as e:
    print('TypeError', e)
""")
sub.close()
