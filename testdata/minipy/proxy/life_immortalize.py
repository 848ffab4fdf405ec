# sys._immortalize(proxy) immortalizes the proxy alone, in the
# interpreter holding it (semantics.md 2.3 points 5 and 6): the proxied
# object stays mortal in its owner (its refcount unchanged), and no
# cross-interpreter form exists. An immortal proxy keeps its reference
# until its interpreter closes, which then releases it in the owner. A
# proxy of an immortal object is itself mortal. An immortal proxy in
# main of an object of sub keeps it until sub closes (then the proxy is
# dead, and stays immortal). An immortal proxy in the owner keeps its
# object until the owner is finalized at exit.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import sys
from concurrent import interpreters as I

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name, 'in interpreter', I.get_current().id)

class Late(Res):
    # Finalized at exit, after the modules are gone.
    def __del__(self):
        print('__del__', self.name, 'at exit')

res = Res('immortal proxy in sub')
before = sys.getrefcount(res)
sub = I.create()
sub.prepare_main(p=I.SharedObjectProxy(res))
print(sys.getrefcount(res) - before)
sub.exec("""
import sys
print(sys._is_immortal(p), sys._immortalize(p), sys._is_immortal(p), sys._immortalize(p))
print(p.name, sys._is_immortal(p.name))
copy = p
del p, copy
""")
print(sys._is_immortal(res), sys.getrefcount(res) - before)
del res
print('main dropped res')
sub.exec("print('sub runs; its immortal proxy still holds res')")

local = Late('immortal local proxy')
lp = I.SharedObjectProxy(local)
print(sys._immortalize(lp), sys._is_immortal(lp), sys._is_immortal(local))
lp.name = 'renamed through the immortal proxy'
print(local.name)

fixed = Late('immortal object')
sys._immortalize(fixed)
sub.prepare_main(fp=I.SharedObjectProxy(fixed))
sub.exec("print(sys._is_immortal(fp), fp.name)")
q = I.create_queue()
sub.prepare_main(q=q)
sub.exec("""
from concurrent import interpreters as I
class Own:
    def __del__(self):
        print('__del__ Own in interpreter', I.get_current().id)
q.put(I.SharedObjectProxy(Own()))
""")
theirs = q.get()
print(sys._immortalize(theirs), sys._is_immortal(theirs))
del theirs
sub.exec("print('sub runs; main immortal proxy holds Own')")
print('closing sub')
sub.close()
print('sub closed')
