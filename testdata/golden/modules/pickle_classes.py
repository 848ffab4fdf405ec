import pickle, copyreg

class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]
    def __eq__(self, o):
        return type(o) is type(self) and vars(o) == vars(self)

class Empty:
    pass

class WithState:
    def __init__(self, x):
        self.x = x
    def __getstate__(self):
        return {"x": self.x * 2}
    def __setstate__(self, st):
        self.x = st["x"] // 2
        self.restored = True

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = "two"

class SlotsDict:
    __slots__ = ("a", "__dict__")
    def __init__(self):
        self.a = 1
        self.c = 3

class SlotsPartial:
    __slots__ = ("a", "b", "__private")
    def __init__(self):
        self.a = 1

class NewArgs:
    def __new__(cls, x, y=0):
        o = super().__new__(cls)
        o.x = x
        o.y = y
        return o
    def __getnewargs__(self):
        return (self.x, self.y)

class NewArgsEx:
    def __new__(cls, x, *, y=0):
        o = super().__new__(cls)
        o.x = x
        o.y = y
        return o
    def __getnewargs_ex__(self):
        return (self.x,), {"y": self.y}

class Reduce:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduce, (self.v,))

class ReduceState:
    def __reduce__(self):
        return (ReduceState, (), {"k": 1}, iter([]), None)

class MyList(list):
    pass

class MyDict(dict):
    pass

class MyInt(int):
    pass

class MyStr(str):
    pass

class MyTuple(tuple):
    pass

class Outer:
    class Inner:
        pass

class MyExc(Exception):
    pass

def f():
    pass

def show(x):
    d = vars(x) if hasattr(x, "__dict__") else {}
    s = {k: getattr(x, k) for k in getattr(type(x), "__slots__", ()) if k != "__dict__" and hasattr(x, k)}
    return type(x).__name__, sorted(d.items()), sorted(s.items())

objs = [Plain(), Empty(), WithState(5), Slots(), SlotsDict(), SlotsPartial(), NewArgs(3, 4), NewArgsEx(5, y=6),
        Reduce(7), ReduceState(), MyList([1, 2]), MyDict(a=1), MyInt(5), MyStr("s"), MyTuple((1, 2)),
        Outer, Outer.Inner, Outer.Inner(), f, MyExc("m", 2), ValueError("v"), KeyError("k"), StopIteration(3)]
ml = MyList([1])
ml.attr = "x"
objs.append(ml)
e = ValueError("with attr")
e.note = 1
objs.append(e)
for p in range(6):
    for o in objs:
        if p in (2, 3) and type(o) is NewArgsEx:
            continue  # needs functools.partial, which minipy lacks
        try:
            data = pickle.dumps(o, p)
        except Exception as ex:
            print(p, type(o).__name__, "ERR", type(ex).__name__, ex)
            continue
        print(p, type(o).__name__, data)
        o2 = pickle.loads(data)
        if isinstance(o, BaseException):
            print("  ->", type(o2).__name__, o2.args, vars(o2))
        elif isinstance(o, type) or callable(o):
            print("  ->", o2 is o)
        elif isinstance(o, (list, dict, int, str, tuple)):
            print("  ->", type(o2).__name__, o2, vars(o2) if hasattr(o2, "__dict__") else "")
        else:
            print("  ->", show(o2))
print(Plain().__reduce_ex__(2)[1:], Plain().__reduce_ex__(0)[1:])
print(copyreg._slotnames(SlotsPartial), SlotsPartial.__slotnames__)
print(Slots().__getstate__(), SlotsDict().__getstate__(), Empty().__getstate__())
