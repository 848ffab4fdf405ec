# Objects an interpreter sends away while it is being closed (a __del__
# run by the release of the proxies to its objects, an atexit callback)
# cannot outlive its heap: once close() has invalidated the proxies to
# its objects, a new proxy to one of them is born dead (semantics.md 2.3
# point 3), so the receiver gets RuntimeError naming the closed
# interpreter for any operation, and a safe repr, never a dangling
# object; dropping it releases nothing. Proxies to other interpreters'
# objects stay usable by that code until the end.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

registry = []
sub = I.create()
q = I.create_queue()
sub.prepare_main(q=q, registry=I.SharedObjectProxy(registry))
sub.exec("""
import atexit
from concurrent import interpreters as I
class Child:
    name = 'child'
class Parent:
    def __init__(self):
        self.child = Child()
    def __del__(self):
        print('Parent.__del__ registers its child;', len(registry), 'in the registry')
        registry.append(self.child)
def at_exit():
    print('atexit in the sub-interpreter registers a list')
    registry.append(['late list'])
atexit.register(at_exit)
q.put(I.SharedObjectProxy(Parent()))
registry.append(Child())
""")
p = q.get()
print(type(registry[0]).__name__, registry[0].name)
del p
print('closing')
sub.close()
print('closed', len(registry), [type(x).__name__ for x in registry])
for x in registry:
    try:
        x.name
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(repr(x).startswith('<SharedObjectProxy of a closed interpreter at 0x'))
registry.clear()
print('end')
