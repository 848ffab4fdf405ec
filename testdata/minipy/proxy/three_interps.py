# Proxies across three interpreters: an object of sub1 used from sub2
# (through main), callbacks from sub2 into main and sub1, and a proxy
# handed on keeps pointing at its owner (no chains).
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

q = I.create_queue()
sub1, sub2 = I.create(), I.create()
sub1.prepare_main(q=q)
sub1.exec("""
from concurrent import interpreters as I
class Store:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append((I.get_current().id, x))
        return len(self.items)
    def apply(self, fn):
        return [fn(v) for _, v in self.items]
store = Store()
q.put(I.SharedObjectProxy(store))
""")
store = q.get()
print(store.add('from main'))
def where():
    return I.get_current().id
sub2.prepare_main(store=store, where=I.SharedObjectProxy(where))
sub2.exec("""
from concurrent import interpreters as I
print(store.add('from sub2'), where(), I.get_current().id)
print(store.apply(lambda v: (I.get_current().id, v.upper())))
print(store.apply(lambda v: where()))
""")
sub1.exec("print(store.items)")
print(store.items)
del store
sub1.close()
sub2.close()
