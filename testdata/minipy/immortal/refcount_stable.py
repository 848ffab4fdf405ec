# After sys._immortalize the refcount is the immortal sentinel, the same as
# None's, and new or dropped references never change it.
import sys


class C:
    pass


o = C()
sys._immortalize(o)
r = sys.getrefcount(o)
print(r == sys.getrefcount(None))
refs = [o] * 1000
d = {i: o for i in range(100)}
print(sys.getrefcount(o) == r)
del refs, d
print(sys.getrefcount(o) == r)
for _ in range(10):
    t = (o, o, o)
print(sys.getrefcount(o) == r)

l = [1, 2]
sys._immortalize(l)
l.append(l)
print(sys.getrefcount(l) == r, len(l), l[2] is l)
s = "".join(["not", " interned"])
sys._immortalize(s)
print(sys.getrefcount(s) == r, s)
f = 1.5 + 2.25
sys._immortalize(f)
print(sys.getrefcount(f) == r, f)
n = 10 ** 30
sys._immortalize(n)
print(sys.getrefcount(n) == r, n + 1)
