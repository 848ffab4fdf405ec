# __new__ and __init__: order, singletons, returning other types, and
# immutable subclasses.
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
Traced(1, 2)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called: __new__ returned a non-instance")
print(Weird())
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("shout")
print(u, type(u).__name__, u + "!", isinstance(u, str))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p))
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NeedsArgs:
    def __init__(self, a):
        self.a = a
try:
    NeedsArgs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
