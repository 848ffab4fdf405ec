# Every kind of operation on a proxy whose owner was closed (semantics.md
# 2.3 point 3, case 35). Decision: closing the owner invalidates every
# proxy to its objects, wherever it lives; then any forwarded operation
# raises RuntimeError naming the closed interpreter (never a crash, never
# the object's own exception); repr stays safe, and so do what does not
# reach the object: type(), id(), `is`, gc.get_referents (empty),
# sending the proxy on (the receiver gets a dead proxy too) and
# dropping it.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import gc
from concurrent import interpreters as I

owner = I.create()
q = I.create_queue()
owner.prepare_main(q=q)
owner.exec("""
from concurrent import interpreters as I
class Thing:
    attr = 1
    def method(self):
        return 'alive'
    def __call__(self):
        return 'called'
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
for obj in (Thing(), [1, 2], {'k': 1}, iter([1, 2])):
    q.put(I.SharedObjectProxy(obj))
""")
thing, lst, dct, it = q.get(), q.get(), q.get(), q.get()
print(thing.method(), lst[0], dct['k'], next(it))
owner.close()
print('owner closed')

def attempt(label, fn):
    try:
        r = fn()
    except RuntimeError as e:
        print(f'{label:14} RuntimeError: {e}')
    else:
        print(f'{label:14} returned {r!r}')

def setattr_(): thing.x = 1
def delattr_(): del thing.attr
def setitem(): lst[0] = 5
def delitem(): del dct['k']
def iadd():
    global lst
    lst += [3]
def with_():
    with thing:
        pass
def for_():
    for x in lst:
        pass

ops = [
    ('getattr', lambda: thing.attr), ('setattr', setattr_), ('delattr', delattr_),
    ('hasattr', lambda: hasattr(thing, 'attr')), ('getattr dflt', lambda: getattr(thing, 'nope', 0)),
    ('method call', lambda: thing.method()), ('call', lambda: thing()),
    ('getitem', lambda: lst[0]), ('setitem', setitem), ('delitem', delitem),
    ('len', lambda: len(lst)), ('contains', lambda: 1 in lst), ('iter', lambda: iter(lst)),
    ('next', lambda: next(it)), ('for', for_), ('bool', lambda: bool(lst)),
    ('add', lambda: lst + [3]), ('rsub', lambda: 5 - thing), ('iadd', iadd), ('neg', lambda: -thing),
    ('eq', lambda: lst == [1, 2]), ('lt', lambda: lst < [3]), ('hash', lambda: hash(thing)),
    ('str', lambda: str(thing)), ('format', lambda: format(thing, '')), ('f-string', lambda: f'{lst}'),
    ('with', with_), ('isinstance', lambda: isinstance(lst, list)), ('dir', lambda: dir(thing)),
    ('reversed', lambda: reversed(lst)), ('int', lambda: int(thing)),
]
for label, fn in ops:
    attempt(label, fn)

print(repr(thing).startswith('<SharedObjectProxy of a closed interpreter at 0x'), type(lst).__name__,
      lst is lst, id(lst) == id(lst), gc.get_referents(dct))
other = I.create()
other.prepare_main(dead=lst, q=q)
other.exec("""
try:
    len(dead)
except RuntimeError as e:
    print('other interpreter: RuntimeError:', e)
print(repr(dead).startswith('<SharedObjectProxy of a closed interpreter'))
q.put(dead)
""")
again = q.get()
attempt('after a queue', lambda: again[0])
attempt('a new proxy', lambda: I.SharedObjectProxy(thing).attr)
del thing, lst, dct, it, again
other.close()
print('end')
