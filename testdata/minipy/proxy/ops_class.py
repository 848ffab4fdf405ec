# A proxied class (issue 8, semantics.md 2.3 decision 4): instantiating
# it with positional and keyword arguments (instances made in the owner),
# class attributes, classmethods and staticmethods, setting and deleting
# a class attribute, isinstance/issubclass with the proxied class on the
# right (instances and subclasses of the owner, plain values) and a
# metaclass with __instancecheck__/__subclasscheck__, a class's own
# __repr__ via its metaclass, the class's __name__/__qualname__/__mro__,
# a class that refuses instantiation (abstract-style __new__), and
# subclassing the proxied class, which the caller cannot do (a proxy is
# not a class: TypeError). Run by ops_mods/runner.py on the plain objects
# and on proxies four ways; every block prints what the plain objects
# print (ops_mods/check_py3.sh). Proxy-specific: the subclassing line
# (minipy's decision, semantics.md 2.3 decision 4: `class Sub(proxy)`
# calls the proxy type as the metaclass, which refuses with a TypeError
# saying why, where the plain class is subclassed).
from ops_mods import runner

SETUP = """
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'anything'
    def __subclasscheck__(cls, sub):
        return getattr(sub, '__name__', '') == 'int'
    def __repr__(cls):
        return f'<class {cls.__name__} by Meta>'
class Duck(metaclass=Meta):
    pass
class Base:
    made = 0
    def __init__(self, x, *, tag='t'):
        self.x, self.tag = x, tag
        Base.made += 1
    @classmethod
    def build(cls, x):
        return cls(x, tag='built')
    @staticmethod
    def helper(a, b):
        return a * b
    def show(self):
        return (type(self).__name__, self.x, self.tag)
class Derived(Base):
    pass
class NoInit:
    def __new__(cls, *a):
        raise TypeError(f"Can't instantiate {cls.__name__}")
def make():
    return Base, Derived, Duck, NoInit, Derived(9)
"""

CHECK = """
def check(objs):
    Base, Derived, Duck, NoInit, d9 = objs
    b = Base(1)
    d = Derived(2, tag='d')
    print(b.show(), d.show(), Base.build(3).show(), Derived.build(4).show(), Base.helper(6, 7), b.helper(2, 3))
    print(Base.made >= 4, Base.__name__, Derived.__qualname__, [c.__name__ for c in Derived.__mro__], repr(Duck))
    print(isinstance(b, Base), isinstance(d, Base), isinstance(b, Derived), isinstance(d9, Derived), isinstance(3, Base))
    print(issubclass(Derived, Base), issubclass(Base, Derived), issubclass(Base, Base), issubclass(bool, Base), issubclass(Derived, object))
    print(isinstance('anything', Duck), isinstance('x', Duck), issubclass(int, Duck), issubclass(str, Duck), isinstance(b, (int, Base)))
    Base.extra = 'class level'
    print(b.extra, d.extra, Derived.extra, hasattr(Base, 'extra'))
    del Base.extra
    print(hasattr(b, 'extra'), Base.__dict__['helper'].__class__.__name__ if False else 'ok', callable(Base))
    for bad in (lambda: Base(), lambda: Base(1, 2), lambda: Base(1, tag=1, nope=2), lambda: NoInit(),
                lambda: issubclass(3, Base), lambda: isinstance(b, 3), lambda: Base.nope, lambda: delattr(Base, 'nope')):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    try:
        class Sub(Base):
            pass
        print('subclassed', Sub.__mro__[1].__name__, Sub(5).show())
    except TypeError as e:
        print('TypeError subclassing:', e)
"""

runner.run(SETUP, CHECK)
