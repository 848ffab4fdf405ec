package stdlib

// functools: the Python half. partial, reduce, cmp_to_key and the
// LRU cache wrapper come from _functools (Go, functools.go); the
// decorators and descriptors here are written for minipy.

func init() {
	addFrozen("functools", "functools.py - Tools for working with functions and callable objects\n", functoolsSource)
}

const functoolsSource = `
__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper
from collections import namedtuple
from _thread import RLock

GenericAlias = type(list[int])

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in
    assigned, merge the dicts named in updated, and set __wrapped__."""
    for name in assigned:
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except AttributeError:
            pass
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper()."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# total_ordering: each derived comparison is written with the operator
# the class has and equality; NotImplemented passes through.

def _not(v):
    return v if v is NotImplemented else not v

def _derive(have):
    if have == '__lt__':
        def gt(self, other):
            r = type(self).__lt__(self, other)
            return r if r is NotImplemented else (not r and self != other)
        def le(self, other):
            r = type(self).__lt__(self, other)
            return r if r is NotImplemented else (r or self == other)
        def ge(self, other):
            return _not(type(self).__lt__(self, other))
        return {'__gt__': gt, '__le__': le, '__ge__': ge}
    if have == '__le__':
        def ge(self, other):
            r = type(self).__le__(self, other)
            return r if r is NotImplemented else (not r or self == other)
        def lt(self, other):
            r = type(self).__le__(self, other)
            return r if r is NotImplemented else (r and self != other)
        def gt(self, other):
            return _not(type(self).__le__(self, other))
        return {'__ge__': ge, '__lt__': lt, '__gt__': gt}
    if have == '__gt__':
        def lt(self, other):
            r = type(self).__gt__(self, other)
            return r if r is NotImplemented else (not r and self != other)
        def ge(self, other):
            r = type(self).__gt__(self, other)
            return r if r is NotImplemented else (r or self == other)
        def le(self, other):
            return _not(type(self).__gt__(self, other))
        return {'__lt__': lt, '__ge__': ge, '__le__': le}
    def le(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else (not r or self == other)
    def gt(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else (r and self != other)
    def lt(self, other):
        return _not(type(self).__ge__(self, other))
    return {'__le__': le, '__gt__': gt, '__lt__': lt}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)  # by name, as CPython picks it
    for name, fn in _derive(root).items():
        if name not in defined:
            fn.__name__ = name
            setattr(cls, name, fn)
    return cls


_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        fn, maxsize = maxsize, 128
        return _lru_wrap(fn, maxsize, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrap(user_function, maxsize, typed)
    return decorating_function


def _lru_wrap(fn, maxsize, typed):
    wrapper = _lru_cache_wrapper(fn, maxsize, typed, _CacheInfo)
    params = {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = lambda: dict(params)
    return update_wrapper(wrapper, fn)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts += [repr(a) for a in self.args]
        parts += ["{}={!r}".format(k, v) for k, v in self.keywords.items()]
        return "{}.{}({})".format(type(self).__module__, type(self).__qualname__,
                                  ", ".join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args,
                             **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# singledispatch: the registry maps classes to implementations; a call
# dispatches on the class of its first argument, walking its MRO (and,
# for classes registered as virtual subclasses, issubclass).

def _find_impl(cls, registry):
    for base in cls.__mro__:
        if base in registry:
            best = base
            break
    else:
        best = None
    # An ABC in the registry that cls is a virtual subclass of is more
    # specific than a plain base further down the MRO.
    for typ in registry:
        if typ in cls.__mro__ or typ is best:
            continue
        try:
            if issubclass(cls, typ) and (best is None or issubclass(typ, best)):
                best = typ
        except TypeError:
            pass
    return registry.get(best)


def _is_union(t):
    return type(t).__name__ == 'UnionType' or (
        getattr(t, '__origin__', None) is not None and
        repr(getattr(t, '__origin__', None)) == 'typing.Union')


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    import types
    registry = {}
    cache = {}
    cache_token = [None]

    def dispatch(cls):
        try:
            return cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        cache[cls] = impl
        return impl

    def _valid(cls):
        return isinstance(cls, type) or _is_union(cls) and all(
            isinstance(a, type) for a in cls.__args__)

    def register(cls, func=None):
        if _valid(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to ` + "`register()`" + `. "
                    f"{cls!r} is not a class or union type."
                )
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to ` + "`register()`" + `: {cls!r}. "
                    f"Use either ` + "`@register(some_class)`" + ` or plain ` + "`@register`" + ` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = next(iter(ann.items()))
            if not _valid(cls):
                if _is_union(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            with self.lock:
                val = cache.get(self.attrname, _NOT_FOUND)
                if val is _NOT_FOUND:
                    val = self.func(instance)
                    try:
                        cache[self.attrname] = val
                    except TypeError:
                        msg = (
                            f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                            f"does not support item assignment for caching {self.attrname!r} property."
                        )
                        raise TypeError(msg) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)


def get_cache_token():
    """Returns the current ABC cache token."""
    from abc import get_cache_token
    return get_cache_token()
`
