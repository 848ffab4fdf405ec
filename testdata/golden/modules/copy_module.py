import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class WithCopy:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return WithCopy(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return WithCopy(copy.deepcopy(self.v, memo))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


class State:
    def __init__(self):
        self.data = [1, 2]

    def __getstate__(self):
        print("getstate")
        return {"data": self.data, "extra": 1}

    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)


class MyList(list):
    pass


class MyDict(dict):
    pass


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v,))


l = [1, [2, 3], {"k": (4, [5])}]
s = copy.copy(l)
d = copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d == l, d[1] is l[1], d[2]["k"][1] is l[2]["k"][1])
t = (1, 2, (3,))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for x in [None, 1, 2.5, "s", b"b", 1j, True, range(3), len, int, frozenset({1}), Ellipsis]:
    print(repr(x), copy.copy(x) is x, copy.deepcopy(x) is x)
print(copy.copy({1, 2}), copy.copy(bytearray(b"x")), copy.deepcopy({"a": {1}}))

p = Point(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p2.y is p.y, p3, p3.y is p.y)
w = WithCopy([1])
print(copy.copy(w).v is w.v, copy.deepcopy(w).v is w.v)
sl = Slotted()
sl2 = copy.copy(sl)
sl3 = copy.deepcopy(sl)
print(sl2.a is sl.a, sl3.a is sl.a, sl3.a, sl3.b)
st = State()
st2 = copy.deepcopy(st)
print(st2.data, st2.data is st.data, st2.extra)
ml = MyList([1, [2]])
ml.attr = "x"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.attr, ml2[1] is ml[1])
md = MyDict(a=[1])
md2 = copy.copy(md)
print(type(md2).__name__, md2, md2["a"] is md["a"])
r = Reduced([1])
print(copy.copy(r).v is r.v, copy.deepcopy(r).v is r.v)

# recursion and shared references
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a)
shared = [1]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is not shared)
memo = {}
x = [1]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, len(memo))
rt = ([],)
rt[0].append(rt)
rt2 = copy.deepcopy(rt)
print(rt2[0][0] is rt2)


# copyreg registration
class Reg:
    def __init__(self, v):
        self.v = v


def reduce_reg(o):
    print("reduce_reg called")
    return (Reg, (o.v * 10,))


copyreg.pickle(Reg, reduce_reg)
print(copy.copy(Reg(1)).v, copy.deepcopy(Reg(2)).v)
try:
    copyreg.pickle(Reg, 5)
except TypeError as e:
    print("TypeError", e)


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


try:
    copy.copy(NoReduce())
except copy.Error as e:
    print("Error", str(e).replace("__main__.", ""))
try:
    copy.deepcopy(NoReduce())
except copy.Error as e:
    print("Error", str(e).replace("__main__.", ""))
print(copy.error is copy.Error, issubclass(copy.Error, Exception))

# copyreg helpers
print(copyreg._reconstructor(Point, object, None).__class__.__name__)
print(copyreg.__newobj__(Point).__class__.__name__)
print(copyreg._slotnames(Slotted), copyreg._slotnames(Point))
copyreg.add_extension("mod", "name", 250)
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.add_extension("mod", "name", 250)
for args in [("mod", "name", 251), ("mod", "other", 250), ("m", "n", 0)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print("ValueError", e)
copyreg.remove_extension("mod", "name", 250)
try:
    copyreg.remove_extension("mod", "name", 250)
except ValueError as e:
    print("ValueError", e)
copyreg.clear_extension_cache()
print(copyreg._extension_registry, complex in copyreg.dispatch_table)
