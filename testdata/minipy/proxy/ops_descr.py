# Proxies used as descriptors and through the caller's classes (issue 8,
# semantics.md 2.3 decision 4): a proxied function stored as a class
# attribute of the caller's class becomes a method (its __get__ runs in
# the owner and binds a proxy of the caller's instance, whose attributes
# the function reads back across), a proxied staticmethod/classmethod
# object and property object stored the same way, an object with
# __set_name__ (called, in the owner, when the caller's class is made), a proxy stored in an
# instance dict (no binding), and a proxied object's own bound method
# stored and called later. Run by ops_mods/runner.py on the plain objects
# and on proxies four ways; every block prints what the plain objects
# print (ops_mods/check_py3.sh). The function reads self.__class__, not
# type(self): in the owner, the caller's instance is a proxy.
# Proxy-specific (docs/ARCHITECTURE.md: the proxy type has no __set__,
# or a proxy stored in a class would shadow instance attributes): a
# proxied property in the caller's class is a non-data descriptor there,
# so setattr(m, 'p', 1) stores an instance attribute and prints nothing
# where the plain property raises AttributeError (one line less in
# blocks 2-4).
from ops_mods import runner

SETUP = """
def describe(self, extra=''):
    return f'{self.__class__.__name__}:{self.name}{extra}'
def make_static():
    return staticmethod(lambda a, b: a + b)
def make_class():
    return classmethod(lambda cls, v: (cls.__name__, v))
def make_prop():
    return property(lambda self: self.name.upper())
class Named:
    def __set_name__(self, owner, name):
        self.where = (owner.__name__, name)
    def __get__(self, obj, cls=None):
        return ('named', self.where, obj is None)
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, by=1):
        self.n += by
        return self.n
def make():
    return describe, make_static(), make_class(), make_prop(), Counter(), Named()
"""

CHECK = """
def check(objs):
    describe, st, cm, prop, counter, named = objs
    class Mine:
        name = 'class-level'
        d = describe
        s = st
        c = cm
        p = prop
        n = named
        def __init__(self, name):
            self.name = name
            self.plain = describe
    m = Mine('inst')
    print(m.d(), m.d('!'), Mine.d(m), m.s(2, 3), Mine.s('a', 'b'), m.c(1), Mine.c(2), m.p)
    print(m.plain(m), callable(m.d), Mine.p is prop if False else 'prop ok', m.n, Mine.n, named.where)
    bump = counter.bump
    print(bump(), bump(5), bump(by=2), counter.n)
    class Sub(Mine):
        pass
    print(Sub('sub').d(), Sub.c(3), Sub('x').p)
    for bad in (lambda: m.d(1, 2), lambda: Mine.d(), lambda: setattr(m, 'p', 1), lambda: bump(1, 2)):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
"""

runner.run(SETUP, CHECK)
