# types: the type objects, SimpleNamespace, new_class and friends, DynamicClassAttribute.
import types, sys

def f():
    pass
def g():
    yield 1
async def c():
    pass
class K:
    def m(self):
        pass
    __slots__ = ('slot',)
checks = [
    (f, types.FunctionType), (lambda: 0, types.LambdaType), (f.__code__, types.CodeType),
    (type.__dict__, types.MappingProxyType), (g(), types.GeneratorType), (K().m, types.MethodType),
    (len, types.BuiltinFunctionType), ([].append, types.BuiltinMethodType), (object.__init__, types.WrapperDescriptorType),
    (object().__str__, types.MethodWrapperType), (str.join, types.MethodDescriptorType),
    (dict.__dict__['fromkeys'], types.ClassMethodDescriptorType), (sys, types.ModuleType),
    (K.slot, types.MemberDescriptorType), (types.FunctionType.__code__, types.GetSetDescriptorType),
    (list[int], types.GenericAlias), (int | str, types.UnionType), (..., types.EllipsisType),
    (None, types.NoneType), (NotImplemented, types.NotImplementedType),
]
print(all(isinstance(o, t) for o, t in checks), [t.__name__ for _, t in checks])
co = c(); print(isinstance(co, types.CoroutineType)); co.close()
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__) is types.TracebackType, type(e.__traceback__.tb_frame) is types.FrameType)
def outer():
    x = 1
    def inner():
        return x
    return inner
print(type(outer().__closure__[0]) is types.CellType)

ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b='two', c=[3]), ns != types.SimpleNamespace())
del ns.a
print(ns, repr(types.SimpleNamespace()), ns.__reduce__(), types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
rec = types.SimpleNamespace(); rec.me = rec; print(rec)
class NS(types.SimpleNamespace):
    pass
print(NS(x=1), NS(x=1) == types.SimpleNamespace(x=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    hash(ns)
except TypeError as e:
    print(e)

mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp), mp.get('z', 0))
try:
    mp['k'] = 2
except TypeError as e:
    print(e)

X = types.new_class('X', (int,), {}, lambda ns: ns.update(double=lambda self: self * 2))
print(X, X(21).double(), X.__mro__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = {'prepared': True}
        return d
Y = types.new_class('Y', (), {'metaclass': Meta})
print(type(Y).__name__, Y.prepared)
print(types.resolve_bases((int, str)), types.prepare_class('Z'), types.prepare_class('Z', (), {'metaclass': Meta})[0].__name__)
class Base:
    pass
class Entry:
    def __mro_entries__(self, bases):
        return (Base,)
print(types.resolve_bases((Entry(), int)))
Z = types.new_class('Z', (Entry(),))
print(Z.__bases__, Z.__orig_bases__[0].__class__.__name__)

class WithDyn:
    @types.DynamicClassAttribute
    def name(self):
        return 'instance value'
print(WithDyn().name, isinstance(WithDyn.__dict__['name'], types.DynamicClassAttribute))
try:
    WithDyn.name
except AttributeError:
    print('class access raises AttributeError')

@types.coroutine
def gen_coro():
    yield 'step'
print(list(gen_coro()))
print(sorted(n for n in types.__all__))
