# A proxy is shareable: sending it through prepare_main, a queue or
# Interpreter.call gives the receiver a new proxy to the same object;
# proxies never chain, and a proxy back in its owner is the object itself
# (semantics.md cases 21-26).
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

class Obj:
    test = 'silly'
    def silly(self):
        return 'silly'

obj = Obj()
p = I.SharedObjectProxy(obj)
print(isinstance(p, I.SharedObjectProxy), I.is_shareable(p), type(p).__module__)
print(I.SharedObjectProxy(p) is p, type(I.SharedObjectProxy(p)).__name__)
print(I.is_shareable((p, 1)), I.is_shareable([p]))

sub = I.create()
q = I.create_queue()
sub.prepare_main(proxy=p, q=q, pair=(p, 'x'))
sub.exec("""
assert proxy.test == 'silly' and type(proxy.test) is str
m = proxy.silly
print(type(m).__name__, m())
try:
    proxy.noexist
except AttributeError as e:
    print('AttributeError', e)
print(type(pair).__name__, type(pair[0]).__name__, pair[1])
q.put(proxy)
q.put(pair)
q.put(type(proxy)(proxy))
""")
back = q.get()
print(back is obj, type(back).__name__)
t = q.get()
print(t[0] is obj, t[1])
print(q.get() is obj)

# A proxy passed through two interpreters still points at main's object.
sub2 = I.create()
sub2.prepare_main(q=q)
sub.exec("q.put(proxy)")
sub2.exec("""
p2 = q.get()
print(type(p2).__name__, p2.silly())
p2.marker = 'set by sub2'
q.put(p2)
""")
print(obj.marker, q.get() is obj)

# Interpreter.call: proxies as arguments and results.
def ident(x):
    return x
print(sub.call(ident, p) is obj)
try:
    sub.prepare_main(bad=[1])
except I.NotShareableError as e:
    print('NotShareableError', e)
sub.close()
sub2.close()
