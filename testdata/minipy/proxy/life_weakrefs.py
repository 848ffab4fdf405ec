# Weak references and proxies. Decisions: a proxy is a plain object of
# the interpreter holding it, so weakref.ref(proxy) works there and dies
# with that proxy, while the proxied object lives on (other proxies, its
# owner). A weak reference to the proxied object, in its owner, stays
# alive while any proxy anywhere holds the object; when the last one is
# dropped the object dies in the owner and the weakref callback runs
# there. A weak reference made through a proxy (weakref.ref(p) where p
# is a proxy) refers to the proxy, never to the object of another
# interpreter, and crossing a weakref is refused like any unshareable,
# unproxied value.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import gc
import weakref
from concurrent import interpreters as I

class Obj:
    def __init__(self, name):
        self.name = name

def died(ref):
    print('   callback in interpreter', I.get_current().id)

obj = Obj('target')
w = weakref.ref(obj, died)
p = I.SharedObjectProxy(obj)
wp = weakref.ref(p)
print(wp() is p, w() is obj, weakref.getweakrefcount(p), weakref.getweakrefcount(obj))
del p
gc.collect()
print(wp(), w() is obj)

sub = I.create()
sub.prepare_main(p=I.SharedObjectProxy(obj))
del obj
gc.collect()
print('main dropped obj; alive through the proxy in sub:', w() is not None, w().name)
sub.exec("""
import gc, weakref
from concurrent import interpreters as I
dead = []
wp = weakref.ref(p, lambda r: dead.append(I.get_current().id))
print(wp() is p, wp().name)
alias = p
del p
print(wp() is alias, dead)
del alias
gc.collect()
print(wp(), dead)
""")
print('after exec:', w())

sub.exec("""
class Local:
    pass
local = Local()
lw = weakref.ref(local)
""")
q = I.create_queue()
sub.prepare_main(q=q)
sub.exec("q.put(I.SharedObjectProxy(local)); del local; gc.collect(); print('sub: alive', lw() is not None)")
remote = q.get()
print(type(remote).__name__, type(weakref.ref(remote)()).__name__)
del remote
sub.exec("gc.collect(); print('sub: after main dropped its proxy', lw())")
try:
    sub.prepare_main(w=weakref.ref(Obj('x')))
except I.NotShareableError as e:
    print('NotShareableError')
sub.close()
