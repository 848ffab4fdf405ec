# One attribute site seeing instances of many classes (more than the cache
# holds), with class attributes, methods and properties changed while the
# site's entries are warm, and instance attributes shadowing methods.


class Base:
    kind = "base"

    def name(self):
        return "Base.name"


class A(Base):
    kind = "A"


class B(Base):
    def name(self):
        return "B.name"


class C(Base):
    @property
    def kind(self):
        return "C-prop"


class D(Base):
    __slots__ = ("x",)


class E(B):
    pass


def show(objs):
    return [(o.kind, o.name()) for o in objs]


objs = [Base(), A(), B(), C(), E(), A(), B()]
for _ in range(3):
    print(show(objs))
Base.kind = "base2"
print(show(objs))
B.name = lambda self: "B.name2"
print(show(objs))
del B.name
print(show(objs))
objs[1].name = lambda: "instance name"
objs[1].kind = "instance kind"
print(show(objs))
A.kind = property(lambda self: "A-prop")
print(show(objs))
d = D()
d.x = 1
print(d.kind, d.name(), d.x)
C.kind = "C-plain"
print(show(objs))


def setter(objs, v):
    for o in objs:
        o.tag = v
    return [o.tag for o in objs]


print(setter(objs, 1))
print(setter(objs, 2))
B.tag = property(lambda self: "B-tag", lambda self, v: None)
print(setter(objs, 3))
