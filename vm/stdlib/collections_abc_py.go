package stdlib

// collections.abc (also importable as _collections_abc) in Python,
// written for minipy. The one-method ABCs are made by one factory whose
// __subclasshook__ looks for the methods on the candidate's MRO; the
// container ABCs carry mixin methods written over a few helpers; the
// VM's built-in types are registered as virtual subclasses at the end.

func init() {
	addFrozen("collections.abc", "Abstract Base Classes (ABCs) for collections, according to PEP 3119.\n\nUnit tests are in test_collections.\n", collectionsAbcSource)
}

const collectionsAbcSource = `
from abc import ABCMeta, abstractmethod
import sys

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]


def _probe_types():
    # The concrete types registered below, taken from live objects.
    async def co():
        pass
    async def agen():
        yield
    def gen():
        yield
    c = co()
    found = {
        'bytes_iterator': iter(b''), 'bytearray_iterator': iter(bytearray()),
        'dict_keyiterator': iter({}.keys()), 'dict_valueiterator': iter({}.values()),
        'dict_itemiterator': iter({}.items()), 'list_iterator': iter([]),
        'list_reverseiterator': reversed([]), 'range_iterator': iter(range(0)),
        'longrange_iterator': iter(range(1 << 1000)), 'set_iterator': iter(set()),
        'str_iterator': iter(''), 'tuple_iterator': iter(()), 'zip_iterator': zip(),
        'dict_keys': {}.keys(), 'dict_values': {}.values(), 'dict_items': {}.items(),
        'mappingproxy': type.__dict__, 'generator': gen(), 'coroutine': c,
        'async_generator': agen(), 'FunctionType': gen, 'EllipsisType': ...,
        'GenericAlias': list[int],
    }
    c.close()
    return {name: type(obj) for name, obj in found.items()}

globals().update(_probe_types())
del _probe_types


def _check_methods(C, *methods):
    # True when C's MRO defines every method (None there means "not
    # supported"); NotImplemented otherwise.
    for name in methods:
        owner = next((k for k in C.__mro__ if name in vars(k)), None)
        if owner is None or vars(owner)[name] is None:
            return NotImplemented
    return True


def _make(name, bases, needs=(), abstract=(), generic=False, **body):
    # An ABC named name: abstract lists (method name, default body) pairs
    # made abstract; needs are the methods a class must have to count as
    # a virtual subclass (checked only for the ABC itself, not for its
    # subclasses).
    ns = {'__slots__': (), '__module__': 'collections.abc'}
    for meth, fn in abstract:
        fn.__name__ = meth
        ns[meth] = abstractmethod(fn)
    if needs:
        def hook(cls, C):
            return _check_methods(C, *needs) if cls is made else NotImplemented
        hook.__name__ = '__subclasshook__'
        ns['__subclasshook__'] = classmethod(hook)
    if generic:
        ns['__class_getitem__'] = classmethod(GenericAlias)
    ns.update(body)
    made = ABCMeta(name, bases, ns)
    made.__qualname__ = name
    return made


def _nothing(self, *args, **kwargs):
    return None

def _no_items(self):
    return iter(())

def _zero(self):
    return 0

def _false(self, *args, **kwargs):
    return False

def _stop(self, *args):
    raise StopIteration

def _rethrow(self, typ, val=None, tb=None):
    # The default throw(): raise what was thrown in.
    exc = typ() if val is None and tb is not None else (typ if val is None else val)
    if tb is not None:
        exc = exc.with_traceback(tb)
    raise exc


def _close_by_throw(what):
    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError(what + " ignored GeneratorExit")
    return close


Hashable = _make('Hashable', (), ('__hash__',), [('__hash__', _zero)])
Awaitable = _make('Awaitable', (), ('__await__',), [('__await__', _no_items)], generic=True)
Coroutine = _make('Coroutine', (Awaitable,), ('__await__', 'send', 'throw', 'close'),
                  [('send', _stop), ('throw', _rethrow)],
                  close=_close_by_throw('coroutine'))
AsyncIterable = _make('AsyncIterable', (), ('__aiter__',), [('__aiter__', _nothing)], generic=True)


async def _async_stop(self, *args):
    raise StopAsyncIteration

async def _async_rethrow(self, typ, val=None, tb=None):
    _rethrow(self, typ, val, tb)

def _self(self):
    return self

async def _anext_by_asend(self):
    return await self.asend(None)

async def _aclose_by_athrow(self):
    try:
        await self.athrow(GeneratorExit)
    except (GeneratorExit, StopAsyncIteration):
        return
    raise RuntimeError("asynchronous generator ignored GeneratorExit")


AsyncIterator = _make('AsyncIterator', (AsyncIterable,), ('__anext__', '__aiter__'),
                      [('__anext__', _async_stop)], __aiter__=_self)
AsyncGenerator = _make('AsyncGenerator', (AsyncIterator,),
                       ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'),
                       [('asend', _async_stop), ('athrow', _async_rethrow)],
                       __anext__=_anext_by_asend, aclose=_aclose_by_athrow)
Iterable = _make('Iterable', (), ('__iter__',), [('__iter__', _no_items)], generic=True)
Iterator = _make('Iterator', (Iterable,), ('__iter__', '__next__'),
                 [('__next__', _stop)], __iter__=_self)
Reversible = _make('Reversible', (Iterable,), ('__reversed__', '__iter__'),
                   [('__reversed__', _no_items)])


def _next_by_send(self):
    return self.send(None)


Generator = _make('Generator', (Iterator,), ('__iter__', '__next__', 'send', 'throw', 'close'),
                  [('send', _stop), ('throw', _rethrow)],
                  __next__=_next_by_send, close=_close_by_throw('generator'))
Sized = _make('Sized', (), ('__len__',), [('__len__', _zero)])
Container = _make('Container', (), ('__contains__',), [('__contains__', _false)], generic=True)
Collection = _make('Collection', (Sized, Iterable, Container), ('__len__', '__iter__', '__contains__'))
Callable = _make('Callable', (), ('__call__',), [('__call__', _false)], generic=True)


def _other_set(method):
    # Set operators only know other Sets.
    def op(self, other):
        return method(self, other) if isinstance(other, Set) else NotImplemented
    op.__name__ = method.__name__
    return op


def _iterable_arg(method):
    # Set operators that accept any iterable (made into a set of this kind).
    def op(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return method(self, other)
    op.__name__ = method.__name__
    return op


def _contains_all(container, items):
    return all(x in container for x in items)


class Set(Collection):
    __slots__ = ()

    @_other_set
    def __le__(self, other):
        return len(self) <= len(other) and _contains_all(other, self)

    @_other_set
    def __lt__(self, other):
        return len(self) < len(other) and _contains_all(other, self)

    @_other_set
    def __gt__(self, other):
        return len(self) > len(other) and _contains_all(self, other)

    @_other_set
    def __ge__(self, other):
        return len(self) >= len(other) and _contains_all(self, other)

    @_other_set
    def __eq__(self, other):
        return len(self) == len(other) and _contains_all(other, self)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        return all(x not in self for x in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        def both():
            yield from self
            yield from other
        return self._from_iterable(both())

    __ror__ = __or__

    @_iterable_arg
    def __sub__(self, other):
        return self._from_iterable(x for x in self if x not in other)

    @_iterable_arg
    def __rsub__(self, other):
        return self._from_iterable(x for x in other if x not in self)

    @_iterable_arg
    def __xor__(self, other):
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        # frozenset's hash algorithm, so equal sets hash alike.
        width = sys.maxsize.bit_length() + 1
        mask = (1 << width) - 1
        acc = (1927868237 * (len(self) + 1)) & mask
        for item in self:
            h = hash(item)
            acc = (acc ^ ((h ^ (h << 16) ^ 89869747) * 3644798167)) & mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        if acc >= 1 << (width - 1):
            acc -= 1 << width
        return 590923713 if acc == -1 else acc


def _missing_is(exc_type):
    def fail(*args):
        raise exc_type
    return fail


class MutableSet(Set):
    __slots__ = ()

    add = abstractmethod(_missing_is(NotImplementedError))
    discard = abstractmethod(_missing_is(NotImplementedError))
    add.__name__, discard.__name__ = 'add', 'discard'

    def remove(self, value):
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        for item in self:
            self.discard(item)
            return item
        raise KeyError from None

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for item in it:
            self.add(item)
        return self

    def __iand__(self, it):
        for item in self - it:
            self.discard(item)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for item in (it if isinstance(it, Set) else self._from_iterable(it)):
            (self.discard if item in self else self.add)(item)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for item in it:
                self.discard(item)
        return self


_absent = object()


class Mapping(Collection):
    __slots__ = ()
    __abc_tpflags__ = 1 << 6
    __reversed__ = None

    __getitem__ = abstractmethod(_missing_is(KeyError))
    __getitem__.__name__ = '__getitem__'

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        return self.get(key, _absent) is not _absent

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


class MappingView(Sized):
    __slots__ = '_mapping',
    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'


class KeysView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(lambda cls, it: set(it))

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


def _same(a, b):
    return a is b or a == b


class ItemsView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(lambda cls, it: set(it))

    def __contains__(self, item):
        key, value = item
        found = self._mapping.get(key, _absent) if isinstance(self._mapping, Mapping) else _absent
        if found is _absent:
            try:
                found = self._mapping[key]
            except KeyError:
                return False
        return _same(found, value)

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield key, m[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield m[key]


class MutableMapping(Mapping):
    __slots__ = ()

    __setitem__ = abstractmethod(_missing_is(KeyError))
    __delitem__ = abstractmethod(_missing_is(KeyError))
    __setitem__.__name__, __delitem__.__name__ = '__setitem__', '__delitem__'

    def pop(self, key, default=_absent):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _absent:
            raise KeyError(key)
        return default

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError from None

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping) or hasattr(other, 'keys'):
            pairs = ((k, other[k]) for k in (other if isinstance(other, Mapping) else other.keys()))
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]


class Sequence(Reversible, Collection):
    __slots__ = ()
    __abc_tpflags__ = 1 << 5

    __getitem__ = abstractmethod(_missing_is(IndexError))
    __getitem__.__name__ = '__getitem__'

    def __iter__(self):
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __reversed__(self):
        i = len(self)
        while i > 0:
            i -= 1
            yield self[i]

    def index(self, value, start=0, stop=None):
        n = len(self)
        if start is not None and start < 0:
            start = max(0, n + start)
        if stop is not None and stop < 0:
            stop = n + stop
        i = start
        while stop is None or i < stop:
            try:
                if _same(self[i], value):
                    return i
            except IndexError:
                break
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if _same(v, value))


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    __setitem__ = abstractmethod(_missing_is(IndexError))
    __delitem__ = abstractmethod(_missing_is(IndexError))
    insert = abstractmethod(_missing_is(IndexError))
    __setitem__.__name__, __delitem__.__name__, insert.__name__ = '__setitem__', '__delitem__', 'insert'

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while len(self):
            self.pop()

    def reverse(self):
        n = len(self)
        for lo in range(n // 2):
            hi = n - 1 - lo
            self[lo], self[hi] = self[hi], self[lo]

    def extend(self, values):
        for v in (list(values) if values is self else values):
            self.append(v)

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


for _abc_cls, _members in (
        (Coroutine, (coroutine,)),
        (AsyncGenerator, (async_generator,)),
        (Iterator, (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
                    dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
                    longrange_iterator, set_iterator, str_iterator, tuple_iterator, zip_iterator)),
        (Generator, (generator,)),
        (Set, (frozenset,)),
        (MutableSet, (set,)),
        (Mapping, (mappingproxy,)),
        (KeysView, (dict_keys,)),
        (ItemsView, (dict_items,)),
        (ValuesView, (dict_values,)),
        (MutableMapping, (dict,)),
        (Sequence, (tuple, str, range, memoryview)),
        (ByteString, (bytes, bytearray)),
        (MutableSequence, (list, bytearray))):
    for _member in _members:
        _abc_cls.register(_member)
del _abc_cls, _members, _member
`
