# __getattr__, __getattribute__, __setattr__ and __delattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self.target, name)
class Target:
    x = 1
t = Target()
p = Proxy(t)
print(p.x)
p.y = 2
print(t.y, p.y)
del p.y
print(hasattr(t, "y"), p.log)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Counting:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
    def method(self):
        return "m"
c = Counting()
c.method()
c.method()
print(c.hits)
class Frozen:
    def __init__(self):
        object.__setattr__(self, "value", 1)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
f = Frozen()
try:
    f.value = 2
except AttributeError as e:
    print(type(e).__name__, e, f.value)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)
print(Dyn().get_thing(), getattr(Dyn(), "other", "fallback"))
