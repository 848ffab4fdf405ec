# The order of an object's weak references (getweakrefs, __weakref__) and
# of their callbacks: the shared ref and proxy first, then the others,
# newest first.
import weakref


class C:
    pass


def cb(name):
    return lambda w: print("callback", name)


c = C()
names = {}
a = weakref.ref(c, cb("a"))
names[id(a)] = "a"
p = weakref.proxy(c)
names[id(p)] = "proxy"
b = weakref.ref(c, cb("b"))
names[id(b)] = "b"
r = weakref.ref(c)
names[id(r)] = "ref"
q = weakref.proxy(c, cb("q"))
names[id(q)] = "q"
print([names[id(w)] for w in weakref.getweakrefs(c)])
print(names[id(c.__weakref__)], weakref.getweakrefcount(c))
del b
print([names[id(w)] for w in weakref.getweakrefs(c)])
del c
print(weakref.getweakrefcount(a), a(), r())
