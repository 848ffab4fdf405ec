# semantics.md case 20: a str immortalized and then interned (sys.intern)
# stays the same object and immortal; strs and bytes of every kind can be
# immortalized and keep working; at shutdown the intern table lets go of
# them before phase 2 destroys them, with zero blocks left.
import sys

s = "".join(["i'm ", "immortal"])
print(sys._is_immortal(s), sys._immortalize(s), sys._immortalize(s))
t = sys.intern(s)
print(t is s, sys._is_immortal(t))
u = sys.intern("".join(["i'm ", "immortal"]))
print(u is s)
v = sys.intern("".join(["mortal ", "first"]))
print(sys._immortalize(v), sys.intern("".join(["mortal ", "first"])) is v)
items = ["x" * 100, "\u00e9t\u00e9 " * 3, "\U0001f600" * 2, b"bytes" * 9, 10 ** 30, 2.5, 3j]
print([sys._immortalize(x) for x in items])
print(items[0][:3], items[1].upper(), len(items[2]), items[3][:5], items[4] + 1, items[5] * 2)
print(sys.getrefcount(items[0]) == sys.getrefcount(None))
del s, t, u, v, items
print("end")
