class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"A({self.v})"
    def __eq__(self, o):
        return isinstance(o, A) and self.v == o.v
    def __add__(self, o):
        return A(self.v + o.v)
    def __len__(self):
        return self.v
    def __getitem__(self, i):
        return i * 2
    def m(self):
        return "A.m"
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm(y):
        return y + 1
    @property
    def p(self):
        return self.v * 10
class B(A):
    def m(self):
        return "B.m+" + super().m()
b = B(3)
print(b, b + A(4), len(b), b[5], b.m(), B.cm(), b.sm(1), b.p, b == B(3), b != B(3))
print(type(b).__name__, isinstance(b, A), B.__mro__ if False else None, B.__qualname__)
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()) if False else [x for x in It()])
class D:
    def __del__(self):
        print("del D")
d = D()
del d
print("after del")
class Call:
    def __call__(self, x):
        return x * 3
    def __getattr__(self, n):
        return "attr " + n
print(Call()(4), Call().zzz)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class T(metaclass=Meta):
    pass
print(T.tag, type(T).__name__)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub(Base, flag=1):
    pass
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Holder:
    d = Desc()
class E(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.extra = 1
try:
    raise E("m")
except E as e:
    print(e, e.extra)
try:
    {A(1)}
except TypeError as e:
    print(e)
