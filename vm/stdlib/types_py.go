package stdlib

// types in Python: the type objects are taken from live objects of the
// VM; SimpleNamespace, DynamicClassAttribute and the class-creation
// helpers are written here.

func init() {
	addFrozen("types", "\nDefine names for built-in types that aren't directly accessible as a builtin.\n", typesSource)
}

const typesSource = `
import sys as _sys
from _types import SimpleNamespace


def _specimens():
    # One live object of each type this module names.
    def function():
        pass
    def generator():
        yield 1
    async def coroutine():
        pass
    async def async_generator():
        yield
    def closure():
        cell = 1
        def inner():
            return cell
        return inner.__closure__[0]
    class Holder:
        __slots__ = ('member',)
        def method(self):
            pass
    co = coroutine()
    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
    found = {
        'FunctionType': function, 'LambdaType': lambda: None,
        'CodeType': function.__code__, 'MappingProxyType': type.__dict__,
        'CellType': closure(), 'GeneratorType': generator(),
        'CoroutineType': co, 'AsyncGeneratorType': async_generator(),
        'MethodType': Holder().method, 'BuiltinFunctionType': len,
        'BuiltinMethodType': [].append, 'WrapperDescriptorType': object.__init__,
        'MethodWrapperType': object().__str__, 'MethodDescriptorType': str.join,
        'ClassMethodDescriptorType': dict.__dict__['fromkeys'], 'ModuleType': _sys,
        'TracebackType': tb, 'FrameType': tb.tb_frame,
        'GetSetDescriptorType': type(function).__dict__['__code__'],
        'MemberDescriptorType': Holder.member, 'GenericAlias': list[int],
        'UnionType': int | str, 'EllipsisType': ..., 'NoneType': None,
        'NotImplementedType': NotImplemented,
    }
    co.close()
    return {name: type(obj) for name, obj in found.items()}

globals().update(_specimens())
del _specimens


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    out = []
    replaced = False
    for item in bases:
        hook = None if isinstance(item, type) else getattr(item, "__mro_entries__", None)
        if hook is None:
            out.append(item)
            continue
        entries = hook(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        out.extend(entries)
        replaced = True
    return tuple(out) if replaced else bases


def _most_derived_meta(meta, bases):
    chosen = meta
    for kind in map(type, bases):
        if issubclass(chosen, kind):
            continue
        if not issubclass(kind, chosen):
            raise TypeError("metaclass conflict: "
                            "the metaclass of a derived class "
                            "must be a (non-strict) subclass "
                            "of the metaclasses of all its bases")
        chosen = kind
    return chosen


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple
    """
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prep = getattr(meta, '__prepare__', None)
    return meta, ({} if prep is None else prep(name, bases, **kwds)), kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    real_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, real_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if real_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, real_bases, ns, **kwds)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    Behaves as a property on instances; looked up on the class it raises
    AttributeError, so that the class's __getattr__ answers instead.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.overwrite_doc = doc is None
        self.__doc__ = getattr(fget, '__doc__', None) if doc is None else doc
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError("unreadable attribute")
            return self.fget(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _with(self, **parts):
        now = {'fget': self.fget, 'fset': self.fset, 'fdel': self.fdel,
               'doc': None if self.overwrite_doc else self.__doc__}
        made = type(self)(**{**now, **parts})
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        made = self._with(fget=fget)
        if self.overwrite_doc:
            made.__doc__ = fget.__doc__
        return made

    def setter(self, fset):
        return self._with(fset=fset)

    def deleter(self, fdel):
        return self._with(fdel=fdel)


class _AwaitableGenerator:
    # What types.coroutine makes of a plain generator: it can be awaited,
    # and it still works as the generator (attributes are forwarded).
    _aliases = {'cr_frame': 'gi_frame', 'cr_running': 'gi_running',
                'cr_code': 'gi_code', 'cr_await': 'gi_yieldfrom'}

    def __init__(self, gen):
        self._gen = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def __getattr__(self, name):
        return getattr(self._gen, self._aliases.get(name, name))

    def __next__(self):
        return self._gen.__next__()

    def __iter__(self):
        return self._gen

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if isinstance(func, FunctionType) and func.__code__.co_flags & 0x80:
        return func

    def wrapped(*args, **kwargs):
        out = func(*args, **kwargs)
        if isinstance(out, CoroutineType):
            return out
        looks_like_gen = isinstance(out, GeneratorType) or (
            hasattr(out, '__next__') and hasattr(out, 'send') and
            not hasattr(out, '__await__'))
        return _AwaitableGenerator(out) if looks_like_gen else out

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(func, attr):
            setattr(wrapped, attr, getattr(func, attr))
    vars(wrapped).update(getattr(func, '__dict__', {}))
    wrapped.__wrapped__ = func
    return wrapped


__all__ = sorted(n for n in globals() if n[:1] != '_')
`
