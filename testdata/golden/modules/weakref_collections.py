# WeakValueDictionary, WeakKeyDictionary and WeakSet: entries vanish when
# their objects die (at once on del, after gc.collect() for cycles).
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Obj) and other.n == self.n


objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd[o.n] = o
print(len(wvd), sorted(wvd.keys()), wvd[2], wvd.get(9, "missing"))
del o
del objs[1]
print(len(wvd), sorted(wvd), 1 in wvd)
try:
    wvd[1]
except KeyError as e:
    print("KeyError", e)
print(sorted(wvd.items(), key=lambda kv: kv[0]))
print(wvd.pop(0), len(wvd))
print(wvd.setdefault(7, objs[0]), len(wvd))
objs.clear()
print("after clear:", len(wvd), list(wvd.items()))
cyc = Obj(10)
cyc.me = cyc
wvd["cyc"] = cyc
del cyc
print(len(wvd))
gc.collect()
print(len(wvd))

keys = [Obj(i) for i in range(3)]
wkd = weakref.WeakKeyDictionary()
for k in keys:
    wkd[k] = k.n * 10
print(len(wkd), wkd[Obj(1)], Obj(2) in wkd, sorted(wkd.values()))
del k
keys.pop()
print(len(wkd), sorted(wkd.items(), key=lambda kv: kv[1]))
del wkd[keys[0]]
print(len(wkd), list(wkd.keys()))
try:
    wkd[1]
except TypeError as e:
    print("TypeError:", e)
keys.clear()
print(len(wkd))

items = [Obj(i) for i in range(4)]
ws = weakref.WeakSet(items)
print(len(ws), Obj(3) in ws, 5 in ws, sorted(ws, key=lambda o: o.n))
items.pop(0)
print(len(ws))
ws.discard(items[0])
print(len(ws), sorted(x.n for x in ws))
items.clear()
print(len(ws), list(ws))
