# gc.get_referents(proxy) is [obj] in the owner and [] elsewhere (case
# 34); sys._immortalize(proxy) immortalizes the proxy alone; equality and
# truth are forwarded (cases 41, 42); static built-in objects cross by
# identity; a proxy used in its own interpreter needs no switch.
# Expected output: minipy's documented behaviour (PEP 797).
import gc
import sys
from concurrent import interpreters as I

class Plain:
    pass

obj = [1, 2]
p = I.SharedObjectProxy(obj)
print(gc.get_referents(p) == [obj], gc.get_referents(p)[0] is obj)
sub = I.create()
sub.prepare_main(p=p, plain=I.SharedObjectProxy(Plain()))
sub.exec("""
import gc, sys
from concurrent import interpreters as I
print(gc.get_referents(p))
copy = I.SharedObjectProxy(p)
print(p == copy, p is copy, p != copy, bool(plain), bool(p))
print(sys._immortalize(copy), sys._is_immortal(copy))
print(p.__class__ is list, isinstance(p, list), type(p) is list)
print(type(p.__len__).__name__, p.count(1))
""")
print(sys._is_immortal(obj))
cyc = []
cyc.append(I.SharedObjectProxy(cyc))
del cyc
print(gc.collect() >= 2)
local = I.SharedObjectProxy({'k': 'v'})
print(local['k'], len(local), list(local), local == {'k': 'v'})
sub.close()
