# Reference cycles through proxies (PEP 797 memory section; semantics.md
# cases 34 and 39). In one interpreter a proxy in its owner is traversed
# by the collector (gc.get_referents(p) == [obj]), so a cycle through it
# is collected like any other. Across interpreters no collector sees the
# whole cycle (a proxy elsewhere shows no referents), so gc.collect()
# frees nothing there; closing any interpreter of the cycle drops the
# proxies it holds and the references to its objects, which breaks the
# cycle, and every __del__ runs in its own interpreter.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import gc
from concurrent import interpreters as I

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __del__(self):
        print('   __del__', self.name, 'in interpreter', I.get_current().id)

setup = """
import gc
from concurrent import interpreters as I
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __del__(self):
        print('   __del__', self.name, 'in interpreter', I.get_current().id)
"""

print('a cycle in main through a local proxy')
a = Node('local a')
a.next = I.SharedObjectProxy(a)
print(gc.get_referents(a.next)[0] is a)
del a
print('collected', gc.collect() > 0)

print('main <-> sub1')
q = I.create_queue()
sub1 = I.create()
sub1.exec(setup)
m = Node('main node')
sub1.prepare_main(m=I.SharedObjectProxy(m), q=q)
sub1.exec("""
s = Node('sub1 node')
s.next = m
m.next = I.SharedObjectProxy(s)
print(gc.get_referents(m), gc.get_referents(s.next))
del s, m
gc.collect()
""")
del m
gc.collect()
print('nothing freed yet; closing sub1')
sub1.close()
gc.collect()
print('sub1 closed')

print('a ring sub2 -> sub3 -> sub4 -> sub2')
subs = [I.create() for _ in range(3)]
for s in subs:
    s.exec(setup)
    s.prepare_main(q=q)
for k, s in enumerate(subs):
    s.exec(f"node = Node('node of sub{k + 2}'); q.put(I.SharedObjectProxy(node))")
proxies = [q.get() for _ in subs]
for k, s in enumerate(subs):
    s.prepare_main(nxt=proxies[(k + 1) % 3])
    s.exec("node.next = nxt; del nxt")
del proxies
for s in subs:
    s.exec("del node; gc.collect()")
gc.collect()
print('nothing freed yet; closing sub3')
subs[1].close()
print('sub3 closed')
subs[0].exec("print('   sub2 runs')")
subs[2].exec("print('   sub4 runs')")
subs[0].close()
subs[2].close()
print('end')
