# LOAD_ATTR / STORE_ATTR / LOAD_METHOD read and write instance dicts
# through an index hint cached per code object: instances whose dicts
# differ in order, size or kind must all read right.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


class Q(P):
    def __init__(self, a, b):
        self.b = b  # the other order
        self.extra = 0
        self.a = a


def read_all(objs):
    return [(o.a, o.b, o.total()) for o in objs]


objs = [P(1, 2), Q(3, 4), P(5, 6), Q(7, 8)]
for i in range(2):
    print(read_all(objs))

# Attributes deleted and re-added move within the dict.
o = objs[0]
del o.a
try:
    print(o.a)
except AttributeError as e:
    print("AttributeError:", e)
o.a = 100
print(read_all(objs))
for k in range(30):
    setattr(o, "x%d" % k, k)
print(read_all(objs))

# Writing through the cache.
for o in objs:
    for i in range(3):
        o.a = o.a + 1
print(read_all(objs))


# A method shadowed by an instance attribute, then unshadowed.
class M:
    def f(self):
        return "method"


m = M()
out = []
for i in range(4):
    out.append(m.f())
    if i == 1:
        m.f = lambda: "instance"
    if i == 2:
        del m.f
print(out)


# __dict__ replaced by another dict, and by a dict subclass.
class D(dict):
    pass


class R:
    pass


def replace_dict():
    r = R()
    r.v = 1
    res = []
    for i in range(4):
        res.append(r.v)
        r.v = r.v + 1
        if i == 1:
            r.__dict__ = {"v": 50}
        if i == 2:
            r.__dict__ = D(v=70)
    print(res, type(r.__dict__).__name__)


replace_dict()


# A dict with a non-str key in an instance dict.
s = R()
s.__dict__[1] = "int key"
s.w = "w"
for i in range(2):
    print(s.w, s.__dict__[1])


# __class__ assignment: the cache follows the type.
class A1:
    def who(self):
        return "A1"


class A2:
    def who(self):
        return "A2"


x = A1()
whos = []
for i in range(4):
    whos.append(x.who())
    x.__class__ = A2 if i % 2 == 0 else A1
print(whos)


# Properties and __getattr__ on the class.
class Prop:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, x):
        self._v = x

    def __getattr__(self, name):
        return "missing " + name


p = Prop()
vals = []
for i in range(3):
    vals.append(p.v)
    p.v = i + 5
vals.append(p.nothing)
print(vals, p.__dict__)
