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
import collections as _collections
import _thread

GenericAlias = type(list[int])
RLock = _thread.RLock

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in
    assigned, merge the dicts named in updated, and set __wrapped__."""
    missing = object()
    for attr in assigned:
        value = getattr(wrapped, attr, missing)
        if value is not missing:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Last, so that a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper()."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# total_ordering: from one of < <= > >= and ==, the other three. Each
# derived method asks the class's own operator (NotImplemented passes
# through) and adjusts its answer with equality.

def _derived(root, flip, with_eq):
    # flip: negate root's answer; with_eq: 'or' / 'and' equality in.
    def op(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if flip:
            r = not r
        if with_eq == 'or':
            return r or self == other
        if with_eq == 'and':
            return r and self != other
        return r
    return op

_RECIPES = {
    '__lt__': {'__gt__': (True, 'and'), '__le__': (False, 'or'), '__ge__': (True, None)},
    '__le__': {'__ge__': (True, 'or'), '__lt__': (False, 'and'), '__gt__': (True, None)},
    '__gt__': {'__lt__': (True, 'and'), '__ge__': (False, 'or'), '__le__': (True, None)},
    '__ge__': {'__le__': (True, 'or'), '__gt__': (False, 'and'), '__lt__': (True, None)},
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    own = [name for name in _RECIPES
           if getattr(cls, name, None) is not getattr(object, name, None)]
    if not own:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(own)   # the pick is by name, as in CPython
    for name, (flip, with_eq) in _RECIPES[root].items():
        if name not in own:
            fn = _derived(root, flip, with_eq)
            fn.__name__ = name
            setattr(cls, name, fn)
    return cls


_CacheInfo = _collections.namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    maxsize=None lets the cache grow without bound; typed=True caches
    arguments of different types separately. The wrapper has
    cache_info(), cache_clear() and cache_parameters().
    """
    if callable(maxsize) and isinstance(typed, bool) and not isinstance(maxsize, int):
        return _cached(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')
    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)
    return decorating_function


def _cached(fn, maxsize, typed):
    made = _lru_cache_wrapper(fn, maxsize, typed, _CacheInfo)
    made.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(made, fn)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return _cached(user_function, None, False)


def _callable_or_descriptor(func):
    if not (callable(func) or hasattr(func, "__get__")):
        raise TypeError(f"{func!r} is not callable or a descriptor")


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords."""

    def __init__(self, func, /, *args, **keywords):
        _callable_or_descriptor(func)
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        shown = [repr(self.func), *map(repr, self.args),
                 *(f'{k}={v!r}' for k, v in self.keywords.items())]
        kind = type(self)
        return f"{kind.__module__}.{kind.__qualname__}({', '.join(shown)})"

    def _make_unbound_method(self):
        pm = self
        def _method(cls_or_self, /, *args, **keywords):
            merged = {**pm.keywords, **keywords}
            return pm.func(cls_or_self, *pm.args, *args, **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                made = partial(bound, *self.args, **self.keywords)
                if hasattr(bound, '__self__'):
                    made.__self__ = bound.__self__
                return made
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while type(func) is partial or isinstance(func, partial):
        func = func.func
    return func


# singledispatch: a registry maps classes to implementations; a call looks
# up the class of its first argument along its MRO, then (for ABCs and
# other virtual bases in the registry) by issubclass.

def _find_impl(cls, registry):
    best = next((b for b in cls.__mro__ if b in registry), None)
    for candidate in registry:
        if candidate is best or candidate in cls.__mro__:
            continue
        try:
            closer = issubclass(cls, candidate) and (best is None or issubclass(candidate, best))
        except TypeError:
            closer = False
        if closer:
            best = candidate
    return registry.get(best)


def _is_union(t):
    if type(t).__name__ == 'UnionType':
        return True
    return repr(getattr(t, '__origin__', None)) == 'typing.Union'


def _registrable(t):
    if isinstance(t, type):
        return True
    return _is_union(t) and all(isinstance(a, type) for a in t.__args__)


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    import types
    impls = {object: func}
    memo = {}

    def dispatch(cls):
        if cls not in memo:
            memo[cls] = _find_impl(cls, impls)
        return memo[cls]

    def register(cls, func=None):
        if not _registrable(cls):
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to ` + "`register()`" + `. "
                    f"{cls!r} is not a class or union type."
                )
            hints = getattr(cls, '__annotations__', None) or {}
            if not hints:
                raise TypeError(
                    f"Invalid first argument to ` + "`register()`" + `: {cls!r}. "
                    f"Use either ` + "`@register(some_class)`" + ` or plain ` + "`@register`" + ` "
                    f"on an annotated function."
                )
            func, (argname, cls) = cls, next(iter(hints.items()))
            if not _registrable(cls):
                what = "not all arguments are classes" if _is_union(cls) else "is not a class"
                raise TypeError(
                    f"Invalid annotation for {argname!r}. {cls!r} {what}."
                )
        elif func is None:
            return lambda f: register(cls, f)
        for target in (cls.__args__ if _is_union(cls) else (cls,)):
            impls[target] = func
        memo.clear()
        return func

    name = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if args:
            return dispatch(args[0].__class__)(*args, **kw)
        raise TypeError(f'{name} requires at least 1 positional argument')

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(impls)
    wrapper._clear_cache = memo.clear
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        _callable_or_descriptor(func)
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        pick = self.dispatcher.dispatch
        def _method(*args, **kwargs):
            return pick(args[0].__class__).__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        return update_wrapper(_method, self.func)

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
        if self.attrname not in (None, name):
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        kind = type(instance).__name__
        store = getattr(instance, '__dict__', _NOT_FOUND)
        if store is _NOT_FOUND:
            raise TypeError(
                f"No '__dict__' attribute on {kind!r} "
                f"instance to cache {name!r} property."
            ) from None
        found = store.get(name, _NOT_FOUND)
        if found is not _NOT_FOUND:
            return found
        with self.lock:
            found = store.get(name, _NOT_FOUND)
            if found is _NOT_FOUND:
                found = self.func(instance)
                try:
                    store[name] = found
                except TypeError:
                    raise TypeError(
                        f"The '__dict__' attribute on {kind!r} instance "
                        f"does not support item assignment for caching {name!r} property."
                    ) from None
        return found

    __class_getitem__ = classmethod(GenericAlias)


def get_cache_token():
    """Returns the current ABC cache token."""
    import abc
    return abc.get_cache_token()
`
