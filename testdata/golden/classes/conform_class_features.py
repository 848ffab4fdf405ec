class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name); self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 0) * 10
    def __set__(self, obj, v): obj.__dict__[self.name] = v
    def __delete__(self, obj): print("del", self.name)
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw); cls.tag = tag; print("init_subclass", cls.__name__, tag)
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item!r}]"
class C(Base, tag="x"):
    d = D()
    __slots__ = ()
print(C.tag, C[int], Base[1, 2])
class E:
    d = D()
c = E(); c.d = 4; print(c.d); del c.d
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S()
print(s.a)
try: s.b
except AttributeError as e: print(e)
try: s.c = 1
except AttributeError as e: print(e)
try: s.__dict__
except AttributeError as e: print(e)
print(S.a, type(S.a).__name__)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): "doc x"; return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleting")
p = P(); p.x = 5; print(p.x, P.x.__doc__); del p.x
class RO:
    @property
    def y(self): return 1
try: RO().y = 2
except AttributeError as e: print(e)
try: del RO().y
except AttributeError as e: print(e)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta new", name, sorted(k for k in ns if not k.startswith('__')), kw); return super().__new__(m, name, bases, ns)
    def __call__(cls, *a, **k):
        print("meta call", a); return super().__call__(*a, **k)
    @classmethod
    def __prepare__(m, name, bases, **kw): print("prepare", name); return {}
    def __repr__(cls): return f"<M {cls.__name__}>"
class W(metaclass=Meta, flag=1):
    def f(self): pass
    def __init__(self, v): self.v = v
w = W(3); print(W, w.v, type(W))
class GA:
    def __getattr__(self, n): return "ga:" + n
    x = 1
g = GA(); print(g.x, g.zz)
class GAB:
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback " + n
print(GAB().boom)
class A:
    def f(self): return "A"
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(x): return x * 2
class B(A):
    def f(self): return "B" + super().f() + super(B, self).f()
    @classmethod
    def cm(cls): return "B" + super().cm()
print(B().f(), B.cm(), B().cm(), B.sm(2), B().sm(3), A.f.__qualname__, A.sm.__qualname__, A.cm.__name__)
print(repr(A())[:20], str(A()).startswith("<__main__.A object at 0x"))
print(B.__mro__, B.__bases__, B.__qualname__, B.__module__, type(A.__dict__['sm']), type(A.__dict__['cm']))
class N:
    class Inner:
        def m(self): pass
print(N.Inner.__qualname__, N.Inner.m.__qualname__, N.Inner().m.__self__.__class__.__name__)
print(N.Inner.m.__qualname__)
def outer():
    class L: pass
    return L
print(outer().__qualname__, outer())
class Eq:
    def __eq__(self, o): return True
print(Eq() == 1, Eq() != 1, hash(Eq) is not None)
try: hash(Eq())
except TypeError as e: print(e)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1)]), max(Ord(1), Ord(2)), Ord(1) > Ord(0))
try: Ord(1) <= Ord(2)
except TypeError as e: print(e)
print(vars(P()), dir(P())[-3:], [k for k in vars(P) if not k.startswith('__')])
class Abstract:
    def __len__(self): return 3
    def __bool__(self): return False
    def __contains__(self, x): return x == 1
    def __iter__(self): return iter([1, 2])
    def __reversed__(self): return iter([9])
    def __index__(self): return 2
print(len(Abstract()), bool(Abstract()), 1 in Abstract(), list(reversed(Abstract())), [0, 1, 2, 3][Abstract()], bin(Abstract()), hex(Abstract()))
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BadLen2:
    def __len__(self): return "x"
try: len(BadLen2())
except TypeError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class BadRepr:
    def __repr__(self): return 1
try: repr(BadRepr())
except TypeError as e: print(e)
class BadStr:
    def __str__(self): return 1
try: str(BadStr())
except TypeError as e: print(e)
class BadIter:
    def __iter__(self): return 1
try: iter(BadIter())
except TypeError as e: print(e)
class BadInit:
    def __init__(self): return 1
try: BadInit()
except TypeError as e: print(e)
try: A(1)
except TypeError as e: print(e)
try: object(1)
except TypeError as e: print(e)
class NoInit:
    def __new__(cls, *a): return super().__new__(cls)
print(type(NoInit(1, 2)).__name__)
def f(a, b, /, c, *, d, e=1): pass
for call in [lambda: f(), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4, d=1), lambda: f(1, 2, 3, d=1, z=2), lambda: f(1, 2, c=3, d=4, c2=5), lambda: A().f(1), lambda: A.sm(), lambda: (lambda x, y: 0)(1, x=2)]:
    try: call()
    except TypeError as e: print(e)
def g(*args, **kw): return args, kw
print(g(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
try: g(**{'a': 1}, **{'a': 2})
except TypeError as e: print(e)
try: g(**[1])
except TypeError as e: print(e)
try: g(*1)
except TypeError as e: print(e)
