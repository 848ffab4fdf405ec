# A proxy used in its own interpreter runs its operations directly (no
# switch); it is still a proxy (type, copies, sharing), and
# SharedObjectProxy of a proxy is a new proxy to the same object.
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

class C:
    def __init__(self):
        self.log = []
    def __call__(self, x):
        self.log.append(x)
        return I.get_current().id

c = C()
p = I.SharedObjectProxy(c)
p2 = I.SharedObjectProxy(p)
print(type(p).__name__, p is p2, p == p2, p(1), p2(2), c.log)
p.attr = 'a'
print(c.attr, p2.attr, hasattr(p, 'attr'))
l = I.SharedObjectProxy([3, 1, 2])
l.sort()
print(l, l[0], len(l), l == [1, 2, 3], [1, 2, 3] == l)
sub = I.create()
sub.prepare_main(p=p2)
sub.exec("print(p(3), type(p).__name__)")
print(c.log)
sub.close()
