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
            parts = (meth.__self__, meth.__func__)
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        me = ref(self)

        def died(_):
            # The first of the two to die ends the method; the user's
            # callback gets this WeakMethod, once.
            wm = me()
            if wm is None or not wm._alive:
                return
            wm._alive = False
            if wm._callback is not None:
                wm._callback(wm)
        self._self_ref, self._func_ref = (ref(part, died) for part in parts)
        self._meth_type = type(meth)
        self._callback = callback
        self._alive = True

    def __call__(self):
        target, function = self._self_ref(), self._func_ref()
        if target is None or function is None:
            return None
        return function.__get__(target, type(target))

    def _same(self, other):
        # Equal while both live when they bind the same function to the
        # same object; a dead one equals only itself.
        if self._alive and other._alive:
            return (self._self_ref, self._func_ref) == (other._self_ref, other._func_ref)
        return self is other

    def __eq__(self, other):
        return self._same(other) if isinstance(other, WeakMethod) else NotImplemented

    def __ne__(self, other):
        return (not self._same(other)) if isinstance(other, WeakMethod) else NotImplemented

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

    # Everything lives on the class: the registry of live finalizers (by
    # finalizer, their _Info), so a finalizer itself has no state. Its
    # weak reference to obj has the finalizer as callback.
    __slots__ = ()
    _registry = {}
    _shutdown = False
    _counter = [0]
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._registered_with_atexit:
            import atexit
            atexit.register(cls._exitfunc)
            cls._registered_with_atexit = True
        rec = cls._Info()
        rec.weakref, rec.func, rec.args = ref(obj, self), func, args
        rec.kwargs = kwargs if kwargs else None
        rec.atexit = True
        rec.index = cls._counter[0]
        cls._counter[0] = rec.index + 1
        cls._registry[self] = rec
        cls._dirty = True

    def _record(self):
        return self._registry.get(self)

    def _with_obj(self):
        # (obj, func, args, kwargs) while obj lives, else None.
        rec = self._record()
        target = rec.weakref() if rec else None
        if target is None:
            return None
        return (target, rec.func, rec.args, rec.kwargs or {})

    def __call__(self, _=None):
        # Through self, not the module global: at exit this may run after
        # the module's globals were wiped.
        rec = self._registry.pop(self, None)
        if rec and not self._shutdown:
            return rec.func(*rec.args, **(rec.kwargs or {}))

    def detach(self):
        found = self._with_obj()
        if found is not None and self._registry.pop(self, None):
            return found

    def peek(self):
        return self._with_obj()

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        rec = self._record()
        return bool(rec) and rec.atexit

    @atexit.setter
    def atexit(self, value):
        rec = self._record()
        if rec:
            rec.atexit = bool(value)

    def __repr__(self):
        found = self._with_obj()
        if found is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        target = found[0]
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(target).__name__, id(target))

    @classmethod
    def _select_for_exit(cls):
        # The finalizers to call at exit, oldest last (they are popped).
        chosen = sorted((rec.index, f) for f, rec in cls._registry.items() if rec.atexit)
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # The atexit hook: calls the live finalizers marked atexit, newest
        # first, with the collector off meanwhile; a finalizer made by one
        # of them is picked up too. Afterwards none calls any more.
        import gc
        import sys
        paused = False
        try:
            if cls._registry:
                paused = gc.isenabled()
                if paused:
                    gc.disable()
                todo = None
                while True:
                    if todo is None or cls._dirty:
                        todo, cls._dirty = cls._select_for_exit(), False
                    if not todo:
                        break
                    call = todo.pop()
                    try:
                        call()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            cls._shutdown = True
            if paused:
                gc.enable()
`
