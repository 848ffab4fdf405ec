# semantics.md section 5, cases 33 and 39: __del__ of proxied objects.
# Decisions: a proxy holds a strong reference taken in the owner, so the
# object outlives its owner's own references while a proxy elsewhere
# lives; closing the interpreter holding the last proxy releases it,
# and __del__ runs in the owner before close() returns (33). A cycle
# through proxies of two interpreters is seen whole by neither
# collector; it is broken when one of them closes, and both __del__ run,
# each in its own interpreter (39).
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import gc
from concurrent import interpreters as I

class Foo:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name, 'in interpreter', I.get_current().id)

print('case 33')
interp = I.create()
foo = Foo('foo')
proxy = I.SharedObjectProxy(foo)
interp.prepare_main(proxy=proxy)
del foo, proxy
gc.collect()
print('main dropped foo and its proxy')
interp.exec("print('still alive in main:', proxy.name)")
print('closing')
interp.close()
print('closed')

print('case 39')
interp = I.create()
q = I.create_queue()
interp.prepare_main(Foo=I.SharedObjectProxy(Foo), q=q)
interp.exec("""
import gc
from concurrent import interpreters as I
class Bar:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name, 'in interpreter', I.get_current().id)
a = Foo('made in main through the proxied class')
b = Bar('bar of the sub-interpreter')
a.partner = b
b.partner = a
q.put(a)
del a, b
gc.collect()
print('the sub-interpreter collected')
""")
a = q.get()
print(type(a).__name__, a.name, type(a.partner).__name__, a.partner.name)
del a
gc.collect()
print('main collected')
print('closing')
interp.close()
gc.collect()
print('end')
