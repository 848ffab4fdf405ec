package stdlib

// contextvars in Python, written for minipy: a Context is a dict of
// variable -> value behind a small mapping API, and the current context is
// per thread, kept in the thread state (contextvars.go: _get_context and
// _set_context), so a thread's context dies with the thread. CPython keeps an immutable HAMT; here a Context is only changed
// while it is entered (ContextVar.set/reset act on the current context)
// and copy() copies the dict, which gives the same observable semantics.

func init() {
	addFrozen("contextvars", "", contextvarsSource)
}

const contextvarsSource = `
from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
`

const underContextvarsSource = `
# _get_context and _set_context are this module's native functions.

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()


def _current():
    # The thread's context, made empty at its first use (a new thread
    # starts with an empty context, as in CPython 3.11).
    ctx = _get_context()
    if ctx is None:
        ctx = Context()
        _set_context(ctx)
    return ctx


def copy_context():
    ctx = _get_context()
    return Context() if ctx is None else ctx.copy()


def _check_key(var):
    if type(var) is not ContextVar:
        raise TypeError("a ContextVar key was expected, got %r" % (var,))


class _Final:
    # The classes are final, as CPython's C types (set once they exist).
    __slots__ = ()


class Context(_Final):
    __slots__ = ('_vars', '_entered')
    __module__ = '_contextvars'

    def __init__(self, *args, **kw):
        if args or kw:
            raise TypeError("Context() does not accept any arguments")
        self._vars = {}
        self._entered = False

    def run(*args, **kwargs):
        if not args:
            raise TypeError("run() missing 1 required positional argument")
        self = args[0]
        if len(args) < 2:
            raise TypeError("run() missing 1 required positional argument")
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        prev = _get_context()
        self._entered = True
        _set_context(self)
        try:
            return args[1](*args[2:], **kwargs)
        finally:
            _set_context(prev)
            self._entered = False

    def copy(self):
        c = Context()
        c._vars = self._vars.copy()
        return c

    def __getitem__(self, var):
        _check_key(var)
        try:
            return self._vars[var]
        except KeyError:
            raise KeyError(var) from None

    def get(self, var, default=None):
        _check_key(var)
        return self._vars.get(var, default)

    def __contains__(self, var):
        _check_key(var)
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(list(self._vars))

    def keys(self):
        return self._vars.copy().keys()

    def values(self):
        return self._vars.copy().values()

    def items(self):
        return self._vars.copy().items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    def __hash__(self):
        # CPython names the C type with its module in this message.
        raise TypeError("unhashable type: '_contextvars.Context'")


class ContextVar(_Final):
    __slots__ = ('_name', '_default')
    __module__ = '_contextvars'

    def __init__(self, name, *, default=_MISSING):
        if type(name) is not str:
            raise TypeError("context variable name must be a str")
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    @property
    def name(self):
        return self._name

    def __setattr__(self, name, value):
        if name == 'name':
            raise AttributeError("readonly attribute")
        raise AttributeError("'_contextvars.ContextVar' object has no attribute %r" % name)

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def get(self, *args):
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        ctx = _get_context()
        if ctx is not None:
            v = ctx._vars.get(self, _MISSING)
            if v is not _MISSING:
                return v
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._vars.get(self, Token.MISSING)
        ctx._vars[self] = value
        return Token._make(ctx, self, old)

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        token._used = True
        if token._old is Token.MISSING:
            ctx._vars.pop(self, None)
        else:
            ctx._vars[self] = token._old

    def __repr__(self):
        r = '<ContextVar name=%r' % (self._name,)
        if self._default is not _MISSING:
            r += ' default=%r' % (self._default,)
        return r + ' at 0x%x>' % id(self)


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token(_Final):
    __slots__ = ('_ctx', '_var', '_old', '_used')
    __module__ = '_contextvars'

    MISSING = _MissingType()

    def __init__(self, *args, **kw):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _make(cls, ctx, var, old):
        t = object.__new__(cls)
        t._ctx = ctx
        t._var = var
        t._old = old
        t._used = False
        return t

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._used else '', self._var, id(self))


def _refuse_subclass(cls, **kw):
    raise TypeError("type '_contextvars.%s' is not an acceptable base type"
                    % cls.__mro__[1].__name__)


_Final.__init_subclass__ = classmethod(_refuse_subclass)
`
