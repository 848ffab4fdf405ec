# semantics.md section 5, case 34: what collectors see of a proxy.
# Decision (final PEP 797 text): a proxy in its owner holds its object
# as an ordinary reference, so gc.get_referents(p) is [obj] there; a
# proxy elsewhere holds a reference owned by the other interpreter,
# which that interpreter's collector must not follow: [] there. A proxy
# is tracked by the collector in every interpreter; gc.collect() in
# either interpreter never frees an object a live proxy holds.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import gc
from concurrent import interpreters as I

class Obj:
    pass

obj = Obj()
p = I.SharedObjectProxy(obj)
refs = gc.get_referents(p)
print(len(refs), refs[0] is obj, gc.is_tracked(p))
p2 = I.SharedObjectProxy(p)
print(gc.get_referents(p2)[0] is obj)

interp = I.create()
q = I.create_queue()
interp.prepare_main(p=p, q=q)
interp.exec("""
import gc, threading
from concurrent import interpreters as I
print(gc.get_referents(p), gc.is_tracked(p))
out = []
t = threading.Thread(target=lambda: out.append(gc.get_referents(p)))
t.start()
t.join()
print(out)
class Local:
    pass
local = Local()
mine = I.SharedObjectProxy(local)
print(len(gc.get_referents(mine)), gc.get_referents(mine)[0] is local)
q.put(mine)
del local, mine
gc.collect()
""")
theirs = q.get()
print(type(theirs).__name__, gc.get_referents(theirs), gc.is_tracked(theirs))
gc.collect()
interp.exec("gc.collect()")
print(type(theirs.__class__).__name__, theirs.__class__.__name__)
del obj, p2
gc.collect()
interp.exec("print(type(p.__class__).__name__, p.__class__.__name__)")
interp.exec("q.put(p)")
home = q.get()
print(type(home).__name__, home is p or home is gc.get_referents(p)[0])
del theirs, home
interp.close()
print(gc.get_referents(p)[0].__class__.__name__)
