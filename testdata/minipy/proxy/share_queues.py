# Proxies through queues (PEP 797: a proxy is shareable). Decisions: an
# item that is a proxy (or a tuple holding proxies) gives the receiver a
# new proxy to the same (owner, object); received in the owner it is
# the object itself. Each get makes its own proxy, so a proxy put twice
# gives two proxies to one object. Queue items stay bound to the
# interpreter that put them, as for any item in 3.14: when it closes, an
# item it left is UNBOUND (the default) or removed (UNBOUND_REMOVE), and
# the reference the item held is released in the owner.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

class Box:
    def __init__(self, name):
        self.name = name
        self.items = []
    def __del__(self):
        print('   __del__', self.name, 'in interpreter', I.get_current().id)

box = Box('box of main')
q = I.create_queue()
sub1, sub2 = I.create(), I.create()
for s in (sub1, sub2):
    s.prepare_main(q=q)
p = I.SharedObjectProxy(box)
q.put(p)
q.put((p, 'tag', (p,)))
q.put(p)
sub1.exec("""
from concurrent import interpreters as I
a = q.get()
b, tag, (c,) = q.get()
d = q.get()
print(type(a).__name__, a.name, tag, type(b).__name__, a is b, a is d, a == d)
a.items.append('from sub1')
print(len(c.items), d.items[0])
q.put(b)
q.put((a, I.SharedObjectProxy(a)))
""")
first = q.get()
x, y = q.get()
print(first is box, x is box, y is box, box.items)
sub1.exec("del a, b, c, d")

print('a proxy of sub1 through the queue to sub2 and back')
sub1.exec("""
class Note:
    def __init__(self):
        self.by = []
    def __del__(self):
        print('   __del__ Note in interpreter', I.get_current().id)
q.put(I.SharedObjectProxy(Note()))
""")
sub2.exec("""
n = q.get()
n.by.append('sub2')
q.put(n)
del n
""")
note = q.get()
note.by.append('main')
q.put(note)
sub1.exec("n = q.get(); print('   home in sub1:', type(n).__name__, n.by)")
del note
sub1.exec("del n")

print('items left by a closed interpreter')
sub2.prepare_main(pbox=p)
sub2.exec("""
from concurrent import interpreters as I
class Box2:
    def __del__(self):
        print('   __del__ Box2 in interpreter', I.get_current().id)
q.put(pbox)
q.put(I.SharedObjectProxy(Box2()))
del pbox
""")
del p, box, first, x, y
print('closing sub2')
sub2.close()
print('sub2 closed', q.qsize())
import concurrent.interpreters._queues as Q
print(q.get() is Q.UNBOUND, q.get() is Q.UNBOUND, q.empty())
q2 = I.create_queue(unbounditems=Q.UNBOUND_REMOVE)
sub1.prepare_main(q2=q2)
sub1.exec("q2.put(I.SharedObjectProxy(Note()))")
print(q2.qsize())
sub1.close()
print('sub1 closed', q2.qsize(), q2.empty())
