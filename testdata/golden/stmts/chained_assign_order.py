# Chained assignment assigns left to right; evaluation order of targets.
log = []
class Recorder:
    def __setitem__(self, key, value):
        log.append(("set", key, value))
    def __setattr__(self, name, value):
        log.append(("attr", name, value))
r = Recorder()
def val(v):
    log.append(("eval", v))
    return v
r[val("k1")] = r.a = r[val("k2")] = val("value")
print(log)
a = b = c = [1]
print(a is b is c)
x = [0, 0]
i = 0
i = x[i] = 1
print(i, x)
d = {}
d["a"] = d["b"] = len(d)
print(d)
