# Attribute lookups that the VM caches (type attribute cache, inline caches
# of LOAD_ATTR / LOAD_METHOD / STORE_ATTR) must see every change of a class
# dict, its bases' dicts, and instance dicts, at once.


class Base:
    x = 1

    def m(self):
        return "Base.m"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


def read(o):
    return o.x, o.m()


objs = [Base(), Mid(), Leaf()]
for round in range(3):
    print([read(o) for o in objs])

# A class attribute changes on the base: every subclass sees it.
Base.x = 2
print([read(o) for o in objs])

# A method replaced on the base, then overridden in the middle.
Base.m = lambda self: "new Base.m"
print([read(o) for o in objs])
Mid.m = lambda self: "Mid.m"
print([read(o) for o in objs])
del Mid.m
print([read(o) for o in objs])

# Instance attributes shadow non-data descriptors and class attributes.
leaf = objs[2]
for i in range(3):
    print(read(leaf))
    if i == 0:
        leaf.x = 10
        leaf.m = lambda: "instance m"
    if i == 1:
        del leaf.x
        del leaf.m


# A data descriptor added later on a base wins over the instance dict.
class P:
    pass


class Q(P):
    pass


q = Q()
q.v = "inst"
for i in range(3):
    print(q.v)
    if i == 0:
        P.v = property(lambda self: "property")
    if i == 1:
        del P.v


# Method calls through a loop (LOAD_METHOD) after the class changes.
class Counter:
    def step(self):
        return 1


c = Counter()
total = 0
for i in range(10):
    total += c.step()
    if i == 4:
        Counter.step = lambda self: 100
print(total)


# Slot wrappers: an instance of a subclass of a built-in.
class MyList(list):
    pass


def use_mylist():
    ml = MyList([3, 1, 2])
    for i in range(2):
        ml.sort()
        print(ml, ml.count(1))
        if i == 0:
            MyList.count = lambda self, v: "overridden count"


use_mylist()


# STORE_ATTR with a data descriptor added afterwards.
class S:
    pass


s = S()
log = []
for i in range(3):
    s.a = i
    if i == 0:
        S.a = property(lambda self: "read", lambda self, v: log.append(v))
print(s.a, log, vars(s))


# A class attribute mutated in a loop.
class K:
    n = 0


for i in range(5):
    K.n += i
print(K.n, K().n)
