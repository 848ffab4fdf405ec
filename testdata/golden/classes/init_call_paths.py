# Calling a class whose __init__ is a Python function: results, errors,
# when instances die, tracebacks, refcounts, and the paths that must not
# take the shortcut (__new__, metaclass __call__, keywords, generators).
import sys
class D:
    def __init__(self, x):
        self.x = x
    def __del__(self):
        print("del D", self.x)
d = D(1)
print(d.x)
del d
class Bad:
    def __init__(self):
        return 5
    def __del__(self):
        print("del Bad")
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
class Raiser:
    def __init__(self, v):
        self.v = v
        raise ValueError(v)
    def __del__(self):
        print("del Raiser", self.v)
try:
    Raiser(3)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno)); tb = tb.tb_next
    print("ValueError", e, names)
class Arity:
    def __init__(self, a, b):
        self.s = a + b
try:
    Arity(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Arity(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(Arity(1, 2).s, Arity(a=1, b=5).s, Arity(*(2, 3)).s)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, a):
        print("init", a)
WithNew(7)
class Other:
    def __new__(cls, a):
        return 42
    def __init__(self, a):
        print("never")
print(Other(1))
class Rec:
    def __init__(self, n):
        self.child = Rec(n - 1) if n else None
r = Rec(50)
print(r.child.child is not None)
try:
    Rec(100000)
except RecursionError as e:
    print("RecursionError", e)
class Ref:
    def __init__(self):
        print("refcount of class in __init__ >= 2:", sys.getrefcount(Ref) >= 2)
        print("self refs", sys.getrefcount(self))
Ref()
class Gen:
    def __init__(self):
        yield 1
try:
    Gen()
except TypeError as e:
    print("TypeError:", e)
class Sub(D):
    def __init__(self, x, y):
        super().__init__(x + y)
s = Sub(1, 2); print(s.x); del s
class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, a): self.a = a
print(M(5).a)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
sl = Slots(1, 2); print(sl.a + sl.b)
class Abstractish:
    def __init__(self, *args):
        self.args = args
print(Abstractish(1, 2).args)
class Kw:
    def __init__(self, a, *, k=3):
        self.v = a * k
print(Kw(2).v, Kw(2, k=5).v)
class Default:
    def __init__(self, a=7):
        self.a = a
print(Default().a, Default(1).a)
class BadInit:
    __init__ = 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
def deep(n):
    return deep(n + 1) if n < 10**6 else 0
class Catch:
    def __init__(self):
        try:
            deep(0)
        except RecursionError:
            print("caught inside __init__")
Catch()
print("end")
