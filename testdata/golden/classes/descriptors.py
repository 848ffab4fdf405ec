# Descriptors: data versus non-data, precedence against the instance dict,
# and access through the class.
class Data:
    def __get__(self, obj, objtype=None):
        return ("data get", obj is None, objtype.__name__)
    def __set__(self, obj, value):
        print("data set", value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data get"
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
class C:
    d = Data()
    n = NonData()
    age = Typed(int)
c = C()
print(c.d, C.d, c.n)
c.d = 1
c.__dict__["d"] = "instance value"
print(c.d)
c.n = "instance shadows non-data"
print(c.n, C.n)
c.age = 30
print(c.age)
try:
    c.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class U:
    @Method
    def hello(self, x):
        return f"hello {x}"
print(U().hello("world"), type(U.hello).__name__)
class Deleter:
    def __get__(self, obj, t=None):
        return 1
    def __delete__(self, obj):
        print("__delete__ called")
class V:
    x = Deleter()
del V().x
