# Operations between proxies of two different owners, used from a third
# interpreter and from a thread of it (issue 8, semantics.md 2.3
# decision 4; docs/ARCHITECTURE.md "Binary operators and comparisons"):
# a (a Money) is owned by sub-interpreter 1, b (a Cash) by main, the check runs in
# sub-interpreter 2. a + b runs a's side in its owner (b arrives there
# as a proxy, whose attributes a reads across), and when a declines, b's
# reflected side in b's owner; comparisons likewise (== falls back to
# identity, < to the TypeError naming both real types); a call of a's
# method with b as argument; b as a key of a's dict (hash and == asked of
# main from sub 1). The first block is the plain objects in main; every
# block prints the same (ops_mods/check_py3.sh). Proxy-specific: none.
import threading
from concurrent import interpreters as I

SETUP = """
class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __add__(self, o):
        if getattr(o, 'cur', None) != self.cur:
            return NotImplemented
        return (self.amount + o.amount, self.cur)
    def __lt__(self, o):
        if getattr(o, 'cur', None) != self.cur:
            return NotImplemented
        return self.amount < o.amount
    def __eq__(self, o):
        return getattr(o, 'cur', None) == self.cur and o.amount == self.amount
    def __hash__(self):
        return hash((self.amount, self.cur))
    def describe(self, other):
        return f'{self.amount}{self.cur} vs {other.amount}{other.cur}'
class Cash:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __radd__(self, o):
        return ('radd', self.amount + o.amount, self.cur + '<-' + o.cur)
    def __gt__(self, o):
        return ('gt', self.cur, o.cur)
    def __eq__(self, o):
        return getattr(o, 'cur', None) == self.cur and o.amount == self.amount
    def __hash__(self):
        return hash((self.amount, self.cur))
    def describe(self, other):
        return f'{self.amount}{self.cur} vs {other.amount}{other.cur}'
class Plain:
    pass
"""

CHECK = """
def check(a, b, a2, pa, pb, table):
    print(a + b, a + a2, a < a2, a2 < a)
    print(a < b, b > a)
    print(a == b, a == a2, a != b, b == b, a.describe(b), b.describe(a))
    table[b] = 'b as key'
    table[a2] = 'a2 as key'
    print(table[b], b in table, a in table, len(table), sorted(table.values()))
    for bad in (lambda: b < a, lambda: a > b, lambda: b + a, lambda: pa + pb, lambda: pa < pb,
                lambda: pb * pa, lambda: pb >= pa, lambda: a + pb):
        try:
            bad()
        except TypeError as e:
            print('TypeError', e)
    print(pa == pb, pa != pb, pa == pa)
"""

ns = {'__name__': '__main__'}
exec(SETUP, ns)
exec(CHECK, ns)
M, C, P = ns['Money'], ns['Cash'], ns['Plain']
print('== 1. plain objects')
ns['check'](M(5, 'EUR'), C(7, 'USD'), M(3, 'EUR'), P(), P(), {})

s1, s2 = I.create(), I.create()
for s in (s1, s2):
    s.exec(SETUP)
    s.exec(CHECK)
q = I.create_queue()
s1.prepare_main(q=q)
s1.exec("""
from concurrent import interpreters as I
for x in (Money(5, 'EUR'), Money(3, 'EUR'), Plain(), {}):
    q.put(I.SharedObjectProxy(x))
""")
a, a2, pa, table = q.get(), q.get(), q.get(), q.get()
s2.prepare_main(a=a, a2=a2, pa=pa, table=table,
                b=I.SharedObjectProxy(C(7, 'USD')), pb=I.SharedObjectProxy(P()))
print('== 2. sub-interpreter 2, a of sub 1 and b of main')
s2.exec('check(a, b, a2, pa, pb, table)')
print('== 3. a thread of sub-interpreter 2')
s2.exec("""
import threading
table.clear()
t = threading.Thread(target=check, args=(a, b, a2, pa, pb, table))
t.start()
t.join()
""")
print('== 4. a thread of main, both proxies of sub 1 and one of sub 2')
s2.prepare_main(q=q)
s2.exec("""
from concurrent import interpreters as I
q.put(I.SharedObjectProxy(Cash(7, 'USD')))
q.put(I.SharedObjectProxy(Plain()))
""")
b2, pb2 = q.get(), q.get()
table.clear()
t = threading.Thread(target=ns['check'], args=(a, b2, a2, pa, pb2, table))
t.start()
t.join()
del a, a2, pa, table, b2, pb2, t
s2.close()
s1.close()
