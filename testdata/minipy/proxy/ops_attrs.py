# Attribute get, set and delete through a proxy (issue 8, semantics.md
# 2.3 decision 4: attributes run in the owner, the class's descriptors
# included): instance attributes, a property with getter, setter and
# deleter, a data descriptor and a non-data descriptor of the class, a
# class attribute shadowed by an instance attribute, __getattr__ as a
# fallback, __getattribute__ overriding every lookup, __setattr__ and
# __delattr__ overrides, __slots__, getattr/setattr/delattr/hasattr with
# names made at run time, vars() and __dict__, and the AttributeErrors
# with the real type names. Run by ops_mods/runner.py on the plain
# objects and on proxies four ways; every block prints what the plain
# objects print (ops_mods/check_py3.sh). Proxy-specific: none (values
# printed are shareable or converted with list()/sorted() in the caller).
from ops_mods import runner

SETUP = """
class Desc:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, cls=None):
        if obj is None:
            return 'class access'
        return ('desc', getattr(obj, self.name, None))
    def __set__(self, obj, v):
        setattr(obj, self.name, v * 10)
    def __delete__(self, obj):
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, cls=None):
        return 'nondata'
class A:
    kind = 'class attr'
    d = Desc()
    nd = NonData()
    def __init__(self):
        self.x = 1
        self._p = 'p0'
    @property
    def p(self):
        return ('prop', self._p)
    @p.setter
    def p(self, v):
        self._p = v.upper()
    @p.deleter
    def p(self):
        self._p = 'deleted'
    @property
    def ro(self):
        return 'read only'
    def m(self, y):
        return self.x + y
class Fallback:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('no'):
            raise AttributeError(f'no {name} here')
        return ('fallback', name)
class Spy:
    def __getattribute__(self, name):
        if name == 'boom':
            raise KeyError(name)
        return ('spy', name)
    def __setattr__(self, name, v):
        object.__setattr__(self, 'last', (name, v))
    def __delattr__(self, name):
        raise PermissionError('no delete of ' + name)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
def make():
    return A(), Fallback(), Spy(), Slotted()
"""

CHECK = """
def check(objs):
    a, f, spy, sl = objs
    print(a.x, a.kind, a.p, a.ro, a.d, a.nd, a.m(2), a.m.__name__)
    a.x = 5
    a.p = 'new'
    a.d = 4
    a.nd = 'shadowed'
    a.kind = 'instance attr'
    a.extra = (1, 'two')
    print(a.x, a.p, a.d, a.nd, a.kind, a.extra, a._d)
    del a.p
    del a.d
    del a.nd
    del a.kind
    del a.extra
    print(a.p, a.d, a.nd, a.kind, hasattr(a, 'extra'), hasattr(a, '_d'))
    name = 'dyn' + str(1)
    setattr(a, name, 'dynamic')
    print(getattr(a, name), getattr(a, 'nope', 'default'), hasattr(a, name))
    delattr(a, name)
    print(hasattr(a, name), sorted(vars(a)), sorted(a.__dict__), a.__class__.__name__)
    for bad in (lambda: a.nope, lambda: delattr(a, 'nope'), lambda: setattr(a, 'ro', 1),
                lambda: delattr(a, 'ro'), lambda: getattr(a, 1), lambda: a.d.nope):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    print(f.real, f.anything, getattr(f, 'other'), hasattr(f, 'nothing'), getattr(f, 'nothing', 0))
    try:
        f.nothing
    except AttributeError as e:
        print('AttributeError', e)
    print(spy.x, spy.real, getattr(spy, 'y'), hasattr(spy, 'z'))
    spy.v = 3
    print(object.__getattribute__(spy, 'last') if False else 'set ran')
    for bad in (lambda: spy.boom, lambda: delattr(spy, 'v')):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    print(sl.a, hasattr(sl, 'b'))
    sl.b = 2
    print(sl.b)
    del sl.a
    for bad in (lambda: sl.a, lambda: setattr(sl, 'c', 3)):
        try:
            bad()
        except AttributeError as e:
            print('AttributeError', e)
"""

runner.run(SETUP, CHECK)
