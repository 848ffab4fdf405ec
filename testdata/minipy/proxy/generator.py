# A generator owned by main, driven from a sub-interpreter: next, send,
# throw, close and iteration all run its frame in main.
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

def counter(n):
    from concurrent import interpreters as I
    total = 0
    for k in range(n):
        got = yield (k, I.get_current().id)
        if got is not None:
            total += got
    return total

def squares(n):
    yield from (k * k for k in range(n))

sub = I.create()
sub.prepare_main(counter=I.SharedObjectProxy(counter), squares=I.SharedObjectProxy(squares))
sub.exec("""
from concurrent import interpreters as I
g = counter(4)
print(next(g), I.get_current().id)
print(g.send(10))
print(list(g))
print(next(g, 'done'))
print(list(squares(5)), sum(squares(4)), iter(g) is g)
h = counter(3)
next(h)
try:
    h.throw(ValueError('inside'))
except ValueError as e:
    print('ValueError', e)
k = counter(3)
next(k)
k.close()
print(next(k, 'closed'))
""")
sub.close()
