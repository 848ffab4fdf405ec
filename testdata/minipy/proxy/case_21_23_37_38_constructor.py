# semantics.md section 5, cases 21, 22, 23, 37 and 38: making proxies.
# Decision (semantics.md 2.3 point 1, final PEP 797 revision): the only
# entry point is concurrent.interpreters.SharedObjectProxy(obj); there is
# no share() and no __share__ hook. Cases 22, 23, 37 and 38 were written
# for the share() of older revisions; here they check what the final API
# does instead: SharedObjectProxy always wraps, even a natively shareable
# value (22: the proxy is not the value, its operations give copies); of
# a proxy p it makes a new proxy to p's object, never a proxy of a proxy
# (23: a proxy that comes home is the object itself); it never calls
# __share__, whatever the hook would return or raise (37, 38).
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

P = I.SharedObjectProxy
print('case 21')
p = P(object())
print(isinstance(p, P), type(p) is P, type(p).__name__, type(p).__module__)
print(hasattr(I, 'share'), I.is_shareable(p))

print('case 22')
sub = I.create()
q = I.create_queue()
values = [None, True, 100, 10000, 'hello', b'world']
proxies = [P(v) for v in values]
print([type(x).__name__ for x in proxies])
print([x == v for x, v in zip(proxies, values)], [x is v for x, v in zip(proxies, values)])
mv = P(memoryview(b't'))
print(type(mv).__name__, bytes(mv), mv.nbytes, len(mv))
sub.prepare_main(q=q, pn=proxies[0], pi=proxies[3], ps=proxies[4], pb=proxies[5])
sub.exec("""
print(type(pn).__name__, pn == None, pn is None, bool(pn), repr(pn))
r = pi + 1
print(type(r).__name__, r, type(ps.upper()).__name__, ps.upper(), pb[0], pb.decode())
q.put(pi)
""")
back = q.get()
print(type(back).__name__, back)

print('case 23')
obj = [1]
p = P(obj)
p2 = P(p)
p3 = P(P(p2))
print(p2 is p, type(p2).__name__, p2 == p, p3 == p)
p3.append(3)
print(obj)
sub.prepare_main(p2=p2, p3=p3)
sub.exec("""
from concurrent import interpreters as I
p2.append(2)
print(type(p2).__name__, type(p3).__name__, p2 == p3, len(p3))
q.put(p2)
q.put(I.SharedObjectProxy(p3))
""")
a, b = q.get(), q.get()
print(a is obj, b is obj, obj)

print('cases 37 and 38')
class Hooked:
    attr = 'plain attribute'
    def __init__(self, result):
        self.result = result
    def __share__(self):
        print('__share__ called')
        if self.result == 'raise':
            raise ValueError('from __share__')
        return self if self.result == 'self' else self.result
hooked = [Hooked(42), Hooked('self'), Hooked('raise')]
hp = [P(h) for h in hooked]
print([type(x).__name__ for x in hp], [x.result for x in hp])
print([I.is_shareable(h) for h in hooked])
sub.prepare_main(hp=tuple(hp))
sub.exec("""
print([type(x).__name__ for x in hp], [x.attr for x in hp])
print('an explicit call runs in main:')
print(hp[1].__share__() == hp[1])
""")
try:
    sub.prepare_main(h=hooked[0])
except I.NotShareableError as e:
    print('NotShareableError', str(e).endswith('does not support cross-interpreter data'))
del a, b, p, p2, p3, hp, proxies, mv
sub.close()
print('done')
