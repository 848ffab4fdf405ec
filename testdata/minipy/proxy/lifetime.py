# Lifetime: a proxy holds its object alive in the owner; dropping the last
# proxy elsewhere releases it inside the owner, so __del__ runs there
# (semantics.md case 33), at the owner's next safe point.
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

class Foo:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name, 'in interpreter', I.get_current().id)

sub = I.create()
foo = Foo('foo')
sub.prepare_main(proxy=I.SharedObjectProxy(foo))
del foo
print('main dropped its references')
sub.exec("print('sub still sees', proxy.name)")
sub.exec("del proxy; print('sub dropped the proxy')")
print('back in main')

# Two proxies in the sub-interpreter to one object: the last one counts.
bar = Foo('bar')
p = I.SharedObjectProxy(bar)
sub.prepare_main(a=p, b=p)
del bar, p
sub.exec("del a; print('a dropped')")
sub.exec("del b; print('b dropped')")

# Closing the interpreter drops the proxies it still holds.
baz = Foo('baz')
sub.prepare_main(c=I.SharedObjectProxy(baz))
del baz
print('closing')
sub.close()
print('closed')

# An object of the sub-interpreter, proxied in main: dropping the proxy
# runs its __del__ in the sub-interpreter.
sub2 = I.create()
q = I.create_queue()
sub2.prepare_main(q=q)
sub2.exec("""
from concurrent import interpreters as I
class Qux:
    def __del__(self):
        print('Qux.__del__ in interpreter', I.get_current().id)
q.put(I.SharedObjectProxy(Qux()))
""")
qux = q.get()
print(type(qux).__name__)
del qux
print('main dropped qux')
sub2.exec("print('sub2 runs')")
sub2.close()
