# Callbacks passed to a proxied function run back in the caller's
# interpreter: A -> B -> A re-entry switches, never deadlocks, and nests.
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

def apply(fn, x):
    return (I.get_current().id, fn(x))

def twice(fn, x):
    return fn(fn(x))

log = []
sub = I.create()
sub.prepare_main(apply=I.SharedObjectProxy(apply), twice=I.SharedObjectProxy(twice),
                 log=I.SharedObjectProxy(log))
sub.exec("""
from concurrent import interpreters as I
def cb(x):
    log.append(('cb', I.get_current().id, x))
    return x * 2
print(apply(cb, 21))
print(twice(cb, 5))
print(apply(lambda x: apply(cb, x), 1))
def countdown(n):
    return n if n == 0 else twice(lambda y: y, countdown(n - 1) + 1)
print(countdown(20))
items = []
print(apply(items.append, 'from main'), items)
""")
print(log)

# A callback raising in the sub-interpreter: the error crosses both ways.
sub.exec("""
def bad(x):
    raise ValueError('bad ' + str(x))
try:
    apply(bad, 7)
except ValueError as e:
    print('ValueError', e)
""")
sub.close()
