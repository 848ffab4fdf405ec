# Proxies sent through other proxies are flattened (PEP 797: a proxy
# records its owner and object, never another proxy): a proxy stored in,
# passed to or returned by an object of another interpreter reaches the
# receiver as a proxy to the original (owner, object), or as the object
# itself in its owner, where `is` holds. So a proxy obtained through an
# intermediary keeps working after the intermediary closes, and
# SharedObjectProxy(p) of a proxy p is a proxy to p's object.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

class Item:
    def __init__(self, name):
        self.name = name
    def where(self):
        return I.get_current().id

item = Item('owned by main')
q = I.create_queue()
sub1, sub2 = I.create(), I.create()
for s in (sub1, sub2):
    s.prepare_main(q=q)
sub1.prepare_main(item=I.SharedObjectProxy(item))
sub1.exec("""
from concurrent import interpreters as I
shelf = [item, I.SharedObjectProxy(item), (item, 'in a tuple')]
class Holder:
    def __init__(self, x):
        self.x = x
    def give(self):
        return self.x
    def take(self, x):
        shelf.append(x)
        return type(x).__name__
q.put(I.SharedObjectProxy(shelf))
q.put(I.SharedObjectProxy(Holder(item)))
""")
shelf, holder = q.get(), q.get()
print(type(shelf).__name__, shelf[0] is item, shelf[1] is item, shelf[2][0] is item, holder.x is item, holder.give() is item)
print(holder.take(item), holder.take(I.SharedObjectProxy(item)), shelf[-1] is item)
sub2.prepare_main(shelf=shelf, holder=holder)
sub2.exec("""
from concurrent import interpreters as I
got = [shelf[0], shelf[1], holder.give(), holder.x, I.SharedObjectProxy(shelf[0])]
print([type(g).__name__ for g in got], [g.where() for g in got], all(g == got[0] for g in got))
mine = I.SharedObjectProxy(['owned by sub2'])
print(holder.take(mine), type(shelf[-1]).__name__)
q.put(I.SharedObjectProxy(shelf[-1]))
""")
sub2_list = q.get()
print(type(sub2_list).__name__, sub2_list[0])
sub1.exec("print(type(shelf[-1]).__name__, shelf[-1][0], type(shelf[0]).__name__, shelf[0].name)")
del shelf, holder
print('closing sub1, the intermediary')
sub1.close()
sub2.exec("""
for g in got:
    print(type(g).__name__, g.name, g.where(), end='; ')
print()
q.put(got[-1])
""")
print(q.get() is item, sub2_list[0])
del sub2_list
sub2.close()
