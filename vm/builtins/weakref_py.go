package builtins

// weakrefSource is the Python half of the weakref module, run in the
// module after the native names (ref, proxy, getweakrefcount, ...) are
// set. minipy's own code, following the documented behaviour of
// CPython's weakref module.
const weakrefSource = `
ProxyTypes = (ProxyType, CallableProxyType)


class WeakMethod:
    """A weak reference to a bound method: alive while both the object and
    the function are."""

    __slots__ = ("_self_ref", "_func_ref", "_meth_type", "_alive", "_callback", "__weakref__")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        selfref = ref(self)

        def _cb(arg):
            me = selfref()
            if me is not None and me._alive:
                me._alive = False
                if me._callback is not None:
                    me._callback(me)
        self._self_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self._callback = callback

    def __call__(self):
        obj = self._self_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._self_ref == other._self_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return self._self_ref != other._self_ref or self._func_ref != other._func_ref
        return NotImplemented

    def __hash__(self):
        return hash((self._self_ref, self._func_ref))


class WeakValueDictionary:
    """A mapping whose values are weakly referenced: an entry goes away
    when its value dies."""

    def __init__(self, other=(), /, **kw):
        selfref = ref(self)

        def _gone(wr, key):
            me = selfref()
            if me is not None and me._data.get(key) is wr:
                del me._data[key]
        self._gone = _gone
        self._data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        gone = self._gone
        return ref(value, lambda wr: gone(wr, key))

    def __getitem__(self, key):
        o = self._data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self._data[key]

    def __len__(self):
        return sum(1 for wr in list(self._data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self._data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __iter__(self):
        for k, wr in list(self._data.items()):
            if wr() is not None:
                yield k

    keys = __iter__

    def items(self):
        for k, wr in list(self._data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def values(self):
        for wr in list(self._data.values()):
            v = wr()
            if v is not None:
                yield v

    def itervaluerefs(self):
        yield from list(self._data.values())

    def valuerefs(self):
        return list(self._data.values())

    def get(self, key, default=None):
        try:
            wr = self._data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        if len(args) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (1 + len(args)))
        try:
            o = self._data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self._data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self._data[key]()
        except KeyError:
            o = None
        if o is None:
            self._data[key] = self._ref(key, default)
            return default
        return o

    def update(self, other=None, /, **kw):
        if other is not None:
            if hasattr(other, "keys"):
                other = [(k, other[k]) for k in other.keys()]
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self._data.clear()

    def copy(self):
        new = type(self)()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy


class WeakKeyDictionary:
    """A mapping whose keys are weakly referenced: an entry goes away when
    its key dies."""

    def __init__(self, dict=None):
        selfref = ref(self)

        def _gone(wr):
            me = selfref()
            if me is not None:
                try:
                    del me._data[wr]
                except KeyError:
                    pass
        self._gone = _gone
        self._data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self._data[ref(key)]

    def __setitem__(self, key, value):
        self._data[ref(key, self._gone)] = value

    def __delitem__(self, key):
        del self._data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self._data) if wr() is not None)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self._data

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __iter__(self):
        for wr in list(self._data):
            o = wr()
            if o is not None:
                yield o

    keys = __iter__

    def items(self):
        for wr, v in list(self._data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def values(self):
        for wr, v in list(self._data.items()):
            if wr() is not None:
                yield v

    def keyrefs(self):
        return list(self._data)

    def get(self, key, default=None):
        return self._data.get(ref(key), default)

    def pop(self, key, *args):
        return self._data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, v = self._data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def setdefault(self, key, default=None):
        return self._data.setdefault(ref(key, self._gone), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, "keys"):
                dict = [(k, dict[k]) for k in dict.keys()]
            for k, v in dict:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self._data.clear()

    def copy(self):
        new = type(self)()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy


class WeakSet:
    """A set whose elements are weakly referenced."""

    def __init__(self, data=None):
        selfref = ref(self)

        def _gone(wr):
            me = selfref()
            if me is not None:
                me._data.discard(wr)
        self._gone = _gone
        self._data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self._data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self._data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self._data

    def __repr__(self):
        return repr(self._data)

    def add(self, item):
        self._data.add(ref(item, self._gone))

    def discard(self, item):
        self._data.discard(ref(item))

    def remove(self, item):
        self._data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self._data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self._data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return type(self)(self)

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) == set(other)

    def __ne__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) != set(other)

    def __lt__(self, other):
        return set(self) < set(other)

    def __gt__(self, other):
        return set(self) > set(other)

    def __le__(self, other):
        return set(self) <= set(other)

    def __ge__(self, other):
        return set(self) >= set(other)

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new

    def __and__(self, other):
        return type(self)(x for x in self if x in other)

    def __sub__(self, other):
        return type(self)(x for x in self if x not in other)

    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        for x in list(other):
            self.discard(x)
        return self

    def difference_update(self, other):
        self -= other

    def __xor__(self, other):
        return type(self)([x for x in self if x not in other] + [x for x in other if x not in self])

    symmetric_difference = __xor__
    union = __or__
    intersection = __and__
    difference = __sub__

    def issubset(self, other):
        return set(self) <= set(other)

    def issuperset(self, other):
        return set(self) >= set(other)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs)
    when obj dies, or at exit (atexit) if it is still alive then."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _counter = [0]
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._counter[0]
        finalize._counter[0] += 1
        finalize._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        # Through self, not the module global: at exit this may run after
        # the module's globals were wiped.
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        chosen = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
        chosen.sort(key=lambda p: p[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        import gc
        import sys
        reenable = False
        try:
            if cls._registry:
                if gc.isenabled():
                    reenable = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
            if reenable:
                gc.enable()
`
