# WeakValueDictionary, WeakKeyDictionary and WeakSet holding immortals: the
# entries of immortals stay after every name is dropped and collections
# run, those of mortals go. At shutdown, with the collections still alive
# (an immortal holds them), their weak references' callbacks run in phase 1
# before any __del__, as the collector's: the entries are gone when the
# immortals' __del__s run.
import gc
import sys
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n

    def __del__(self):
        if self.n == 0:
            c = self.colls
            print("K(0).__del__ sees", len(c[0]), len(c[1]), len(c[2]), "entries")


wvd = weakref.WeakValueDictionary()
wkd = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
colls = [wvd, wkd, ws]
sys._immortalize(colls)
objs = [K(i) for i in range(4)]
for o in objs:
    o.colls = colls
    wvd[o.n] = o
    wkd[o] = o.n
    ws.add(o)
sys._immortalize(objs[0])
sys._immortalize(objs[1])
print(len(wvd), len(wkd), len(ws))
del objs, o
gc.collect()
print(sorted(wvd.keys()), sorted(wkd.values()), sorted(k.n for k in ws))
print(wvd[0], wvd.get(2), K(9) in ws)
print(all(sys._is_immortal(v) for v in wvd.values()))
del wvd, wkd, ws
print("end")
