import sys
def report(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)

class Point:
    def __init__(self):
        self.horizontal = 1
        self.vertical = 2
    def distance(self):
        return 0
    @property
    def length(self):
        return self.lenght
def a1(): return Point().horizontl
def a2(): return Point().distanse()
def a3(): return Point().length
def a4(): return [].apend(1)
def a5(): return "x".uper()
def a6(): import math; return math.pii
def a7(): return Point.distanc
def a8(): return Point().zzzzzzzzzz
def a9():
    class S:
        __slots__ = ()
        def __getattr__(self, n):
            raise AttributeError(n)
    return S().anything
def n1():
    number = 1
    return numbr
def n2(): return lenn([1])
def n3(): return Pointt
def n4():
    def inner():
        return counterr
    counter = 1
    return inner()
def n5(): return xyzzy_unknown
def n6(): return prin("x")
def n7():
    value = 1
    del value
    return value
def n8():
    x = 1
    def g():
        print(x)
        x = 2
    g()
def n9():
    global undefined_global
    return undefined_global
def n10(): return True_
def n11(): return Nonee
def n12(): return ab
abc = 1
for f in (a1, a2, a3, a4, a5, a6, a7, a8, a9, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12):
    report(f)
try:
    Point().horizontl
except AttributeError as e:
    print(repr(e), e.name, type(e.obj).__name__)
try:
    undefined_thing
except NameError as e:
    print(repr(e), e.name)
