# One object proxied twice (two SharedObjectProxy calls, or one proxy
# sent twice). Decisions: each transfer makes its own proxy object, so
# two proxies of one object are never identical (`is` is False, id()
# differs: a known gap, documented) but behave as the object in every
# other way: equal, same hash, one dict key, one set member; a change
# through one is seen through the other; both come home as the same
# object; each holds the object alive on its own, and it is released
# when the last is dropped.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import sys
from concurrent import interpreters as I

class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('   __del__', self.name, 'in interpreter', I.get_current().id)

tag = Tag('tag')
base = sys.getrefcount(tag)
p1, p2 = I.SharedObjectProxy(tag), I.SharedObjectProxy(tag)
print(p1 is p2, id(p1) == id(p2), p1 == p2, hash(p1) == hash(p2) == hash(tag), sys.getrefcount(tag) - base)
interp = I.create()
q = I.create_queue()
interp.prepare_main(a=p1, b=p2, c=p1, q=q)
interp.exec("""
print(a is b, a is c, id(a) == id(c), a == b == c, hash(a) == hash(b) == hash(c))
d = {a: 'first'}
d[b] = 'second'
print(len(d), d[c], len({a, b, c}), b in [a], a in {c})
a.name = 'renamed through a'
print(b.name, c.name)
q.put(a)
q.put(b)
""")
x, y = q.get(), q.get()
print(x is tag, y is tag, tag.name)
del x, y, tag, p1, p2
print('main dropped its references')
interp.exec("del a, d; print('   a and the dict dropped')")
interp.exec("del b; print('   b dropped')")
interp.exec("del c; print('   c dropped')")
print('after the last proxy')
interp.close()
