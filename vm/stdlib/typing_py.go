package stdlib

// typing in Python, written for minipy: the special forms and generic
// aliases with CPython's reprs and checks, TypeVar/ParamSpec, Generic and
// Protocol (runtime_checkable by attribute presence), NamedTuple and
// TypedDict over collections and dict, get_type_hints/get_origin/get_args.

func init() {
	addFrozen("typing", "\nThe typing module: Support for gradual typing as defined by PEP 484 and subsequent PEPs.\n", typingSource)
}

const typingSource = `
import collections
import collections.abc as _abc
import functools
import sys
import types

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
    'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False


def _show(tp):
    # How typing prints a parameter: classes by (module.)qualname, ... as
    # is, everything else by repr.
    if isinstance(tp, types.GenericAlias):
        return repr(tp)
    if tp is Any:
        return 'typing.Any'
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return f'{tp.__module__}.{tp.__qualname__}'
    if tp is ...:
        return '...'
    if isinstance(tp, types.FunctionType):
        return tp.__name__
    return repr(tp)


def _check_type(arg, msg):
    # As 3.11: None means NoneType, a str is a forward reference; bare
    # ClassVar/Final and tuples are refused, anything else is accepted.
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ('ClassVar', 'Final'):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if arg in (globals().get('Generic'), globals().get('Protocol')) and arg is not None:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


class ForwardRef:
    """Internal wrapper to hold a forward reference."""
    __slots__ = ('__forward_arg__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _Final:
    __slots__ = ()

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    # Any, Union, Optional, ... : named objects, usually subscripted.
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem, name=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _special(fn):
    return _SpecialForm(fn)


def _unsubscriptable(name, doc):
    def getitem(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    getitem.__name__, getitem.__doc__ = name, doc
    return _SpecialForm(getitem)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        return "typing.Any" if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


NoReturn = _unsubscriptable('NoReturn', "Special type indicating functions that never return.")
Never = _unsubscriptable('Never', "The bottom type, a type that has no members.")
Self = _unsubscriptable('Self', "Used to spell the type of \"self\" in classes.")
LiteralString = _unsubscriptable('LiteralString', "Represents an arbitrary literal string.")
TypeAlias = _unsubscriptable('TypeAlias', "Special marker indicating that an assignment should\nbe recognized as a proper type alias definition by type\ncheckers.")


class _Alias(_Final, _root=True):
    # A subscripted (or subscriptable) typing object: origin is the class
    # behind it (list for List), args the parameters; name, when set, is
    # typing's own name used in the repr.
    def __init__(self, origin, args=(), name=None, inst=True, nparams=-1):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self._nparams = nparams
        self.__parameters__ = tuple(_collect_params(args))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if attr.startswith('__') and attr.endswith('__') or attr in ('_name', '_inst', '_nparams'):
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if self._name:
            return (self.__origin__,)
        if Generic in getattr(self.__origin__, '__mro__', ()):
            return (self.__origin__,)
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self.__args__:
            raise TypeError("Subscripted generics cannot be used with"
                            " class and instance checks")
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return _unpickle_alias, (self.__origin__, self.__args__, self._name)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self.__args__:
            # Substituting the type variables of an already subscripted alias.
            if len(params) != len(self.__parameters__):
                raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'} "
                                f"arguments for {self}; actual {len(params)}, expected {len(self.__parameters__)}")
            mapping = dict(zip(self.__parameters__, params))
            return self.copy_with(tuple(_substitute(a, mapping) for a in self.__args__))
        msg = "Parameters to generic types must be types."
        params = tuple(_check_type(p, msg) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return self.copy_with(params)

    def copy_with(self, args):
        return _Alias(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _show(self.__origin__)
        if not self.__args__:
            return head
        return f"{head}[{', '.join(map(_show, self.__args__))}]"


def _unpickle_alias(origin, args, name):
    return _Alias(origin, args, name=name)


def _collect_params(args):
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            yield a
        elif isinstance(a, (_Alias, types.GenericAlias)):
            yield from a.__parameters__
        elif isinstance(a, list):
            yield from _collect_params(a)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, _Alias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    return arg


class _CallableAlias(_Alias, _root=True):
    def __repr__(self):
        if not self.__args__:
            return 'typing.Callable'
        *params, result = self.__args__
        if len(params) == 1 and params[0] is ...:
            shown = '...'
        else:
            shown = '[' + ', '.join(map(_show, params)) + ']'
        return f'typing.Callable[{shown}, {_show(result)}]'

    def __getitem__(self, params):
        if self.__args__:
            return _Alias.__getitem__(self, params)
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (...,)
        elif isinstance(args, list):
            flat = tuple(_check_type(a, "Callable[[arg, ...], result]: each arg must be a type.") for a in args)
        else:
            flat = (args,)
        result = _check_type(result, "Callable[args, result]: result must be a type.")
        return self.copy_with(flat + (result,))

    def copy_with(self, args):
        return _CallableAlias(self.__origin__, args, name='Callable')

    @property
    def __args_for_get_args__(self):
        *params, result = self.__args__
        return (params if params != [...] else ..., result)


class _TupleAlias(_Alias, _root=True):
    def __getitem__(self, params):
        if self.__args__:
            return _Alias.__getitem__(self, params)
        if params == ():
            return self.copy_with(((),))
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) == 2 and params[1] is ...:
            return self.copy_with((_check_type(params[0], "Tuple[t, ...]: t must be a type."), ...))
        return self.copy_with(tuple(_check_type(p, "Tuple[t0, t1, ...]: each t must be a type.") for p in params))

    def copy_with(self, args):
        return _TupleAlias(self.__origin__, args, name='Tuple', inst=False)

    def __repr__(self):
        if self.__args__ == ((),):
            return 'typing.Tuple[()]'
        return _Alias.__repr__(self)


def _alias(origin, name, nparams=-1, inst=True):
    return _Alias(origin, (), name=name, inst=inst, nparams=nparams)


List = _alias(list, 'List', 1, inst=False)
Dict = _alias(dict, 'Dict', 2, inst=False)
Set = _alias(set, 'Set', 1, inst=False)
FrozenSet = _alias(frozenset, 'FrozenSet', 1, inst=False)
Type = _alias(type, 'Type', 1, inst=False)
Tuple = _TupleAlias(tuple, (), name='Tuple', inst=False)
Callable = _CallableAlias(_abc.Callable, (), name='Callable')
DefaultDict = _alias(collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _alias(collections.OrderedDict, 'OrderedDict', 2)
Counter = _alias(collections.Counter, 'Counter', 1)
ChainMap = _alias(collections.ChainMap, 'ChainMap', 2)
Deque = _alias(collections.deque, 'Deque', 1)
Text = str

for _name, _n in (('Hashable', 0), ('Awaitable', 1), ('Coroutine', 3), ('AsyncIterable', 1),
                  ('AsyncIterator', 1), ('Iterable', 1), ('Iterator', 1), ('Reversible', 1),
                  ('Sized', 0), ('Container', 1), ('Collection', 1), ('MutableSet', 1),
                  ('Mapping', 2), ('MutableMapping', 2), ('Sequence', 1), ('MutableSequence', 1),
                  ('ByteString', 0), ('MappingView', 1), ('KeysView', 1), ('ItemsView', 2),
                  ('ValuesView', 1), ('Generator', 3), ('AsyncGenerator', 2)):
    globals()[_name] = _alias(getattr(_abc, _name), _name, _n)
AbstractSet = _alias(_abc.Set, 'AbstractSet', 1)
del _name, _n

import contextlib as _contextlib
ContextManager = _alias(_contextlib.AbstractContextManager, 'ContextManager', 1)
AsyncContextManager = _alias(_contextlib.AbstractAsyncContextManager, 'AsyncContextManager', 1)


class _UnionAlias(_Alias, _root=True):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_show(other)}]'
        return 'typing.Union[' + ', '.join(map(_show, args)) + ']'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        # In order: a later subscripted member only fails if reached.
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return Union.__getitem__, (self.__args__,)


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, (_UnionAlias, types.UnionType)):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in out:
                out.append(m)
    return tuple(out)


@_special
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    members = _flatten_union(tuple(_check_type(p, msg) for p in parameters))
    if len(members) == 1:
        return members[0]
    return _UnionAlias(Union, members, name='Union')


@_special
def Optional(self, parameters):
    """Optional type: Optional[X] is equivalent to Union[X, None]."""
    arg = _check_type(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


class _LiteralAlias(_Alias, _root=True):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(map(repr, self.__args__)) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


@_special
def Literal(self, parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    seen = []
    for p in parameters:
        for q in (p.__args__ if isinstance(p, _LiteralAlias) else (p,)):
            if not any(type(q) is type(s) and q == s for s in seen):
                seen.append(q)
    return _LiteralAlias(Literal, tuple(seen), name='Literal')


def _wrapper_form(name, doc, single=True):
    def getitem(self, parameters):
        item = _check_type(parameters, f'{self} accepts only single type.')
        return _Alias(self, (item,), name=name)
    getitem.__name__, getitem.__doc__ = name, doc
    return _SpecialForm(getitem)


ClassVar = _wrapper_form('ClassVar', "Special type construct to mark class variables.")
Final = _wrapper_form('Final', "Special typing construct to indicate final names to type checkers.")
Required = _wrapper_form('Required', "A special typing construct to mark a key of a total=False TypedDict\nas required.")
NotRequired = _wrapper_form('NotRequired', "A special typing construct to mark a key of a TypedDict as\npotentially missing.")
TypeGuard = _wrapper_form('TypeGuard', "Special typing form used to annotate the return type of a user-defined\ntype guard function.")
Unpack = _wrapper_form('Unpack', "Type unpack operator.")


@_special
def Concatenate(self, parameters):
    """Used in conjunction with ParamSpec and Callable to represent a higher
    order function which adds, removes or transforms parameters of a
    callable."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _Alias(self, parameters, name='Concatenate')


class _AnnotatedAlias(_Alias, _root=True):
    def __init__(self, origin, metadata):
        _Alias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(_show(self.__origin__), ', '.join(map(repr, self.__metadata__)))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context specific metadata to a type."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        origin = _check_type(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


def _variance_mark(var):
    return '+' if var.__covariant__ else '-' if var.__contravariant__ else '~'


class _VarBase(_Final, _root=True):
    def _set_variance(self, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__, self.__contravariant__ = bool(covariant), bool(contravariant)

    def __repr__(self):
        return _variance_mark(self) + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class TypeVar(_VarBase, _root=True):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant)
        if bound is not None and constraints:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        why = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_check_type(c, why) for c in constraints)
        self.__bound__ = None if bound is None else _check_type(bound, "Bound must be a type.")
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass special typing classes")


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs(_Final, _root=True):
    """The args for a ParamSpec object."""
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final, _root=True):
    """The kwargs for a ParamSpec object."""
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_VarBase, _root=True):
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self._set_variance(covariant, contravariant)

    args = property(lambda self: ParamSpecArgs(self))
    kwargs = property(lambda self: ParamSpecKwargs(self))


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


class _GenericClassAlias(_Alias, _root=True):
    def __repr__(self):
        return _Alias.__repr__(self)

    def copy_with(self, args):
        return _GenericClassAlias(self.__origin__, args)


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_check_type(p, "Parameters to generic types must be types.") for p in params)
        if cls in (Generic, Protocol):
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericClassAlias(cls, params)
        expected = len(getattr(cls, '__parameters__', ()))
        if expected != len(params):
            raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments for {cls};"
                            f" actual {len(params)}, expected {expected}")
        return _GenericClassAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        found = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _Alias) and base.__origin__ in (Generic, Protocol):
                found = list(base.__args__)
                break
            if isinstance(base, (_Alias, types.GenericAlias)):
                for p in base.__parameters__:
                    if p not in found:
                        found.append(p)
        cls.__parameters__ = tuple(found)


class _ProtocolMeta(type(_abc.Sized)):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False) and getattr(cls, '_is_runtime_protocol', False):
            if all(hasattr(instance, attr) and (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


_PROTOCOL_PLUMBING = frozenset(
    '__abstractmethods__ __annotations__ __weakref__ _is_protocol _is_runtime_protocol '
    '__dict__ __args__ __slots__ __parameters__ __origin__ __orig_bases__ __doc__ '
    '__subclasshook__ __init__ __new__ __module__ __qualname__ __init_subclass__ '
    '__class_getitem__'.split())


def _protocol_attrs(cls):
    # The members a runtime check looks for: what the protocol classes of
    # cls's MRO define or annotate, minus the class machinery.
    wanted = set()
    for klass in cls.__mro__[:-1]:
        if klass in (Protocol, Generic) or klass.__name__ in ('Protocol', 'Generic'):
            continue
        names = [*vars(klass), *klass.__dict__.get('__annotations__', {})]
        wanted.update(n for n in names if n not in _PROTOCOL_PLUMBING and not n.startswith('_abc_'))
    return wanted


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def _has_members(protocol, other):
    # __subclasshook__ of a runtime protocol: other (or a base) defines
    # every member, none of them set to None.
    for name in _protocol_attrs(protocol):
        owner = next((k for k in other.__mro__ if name in vars(k)), None)
        if owner is None or vars(owner)[name] is None:
            return NotImplemented
    return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in vars(cls):
            cls._is_protocol = Protocol in cls.__bases__

        def hook(other):
            if not vars(cls).get('_is_protocol'):
                return NotImplemented
            if not cls._is_runtime_protocol:
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            return _has_members(cls, other)
        if '__subclasshook__' not in vars(cls):
            cls.__subclasshook__ = staticmethod(hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def _make_protocol(name, method):
    @runtime_checkable
    class P(Protocol):
        __slots__ = ()
    setattr(P, method, lambda self: None)
    P.__name__ = P.__qualname__ = name
    return P


SupportsInt = _make_protocol('SupportsInt', '__int__')
SupportsFloat = _make_protocol('SupportsFloat', '__float__')
SupportsComplex = _make_protocol('SupportsComplex', '__complex__')
SupportsBytes = _make_protocol('SupportsBytes', '__bytes__')
SupportsIndex = _make_protocol('SupportsIndex', '__index__')
SupportsAbs = _make_protocol('SupportsAbs', '__abs__')
SupportsRound = _make_protocol('SupportsRound', '__round__')


def cast(typ, val):
    """Cast a value to a type."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Reveal the inferred type of a variable."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overloads = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods."""
    f = getattr(func, "__func__", func)
    try:
        _overloads.setdefault(f.__module__, {}).setdefault(f.__qualname__, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, "__func__", func)
    return list(_overloads.get(getattr(f, '__module__', None), {}).get(getattr(f, '__qualname__', None), []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overloads.clear()


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator that marks an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_Alias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias) and tp.__args__:
        return tp.__args_for_get_args__
    if isinstance(tp, _TupleAlias) and tp.__args__ == ((),):
        return ()
    if isinstance(tp, (_Alias, types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _Alias) and t.__args__ and t._name in ('Required', 'NotRequired'):
        return _strip_annotations(t.__args__[0])
    return t


def _resolve(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            base_globals = globalns
            if base_globals is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            ann = base.__dict__.get('__annotations__', {})
            for name, value in ann.items():
                hints[name] = _resolve(value, base_globals, localns if localns is not None else dict(vars(base)))
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        for name, value in ann.items():
            hints[name] = _resolve(value, globalns, localns)
    if not include_extras:
        hints = {k: _strip_annotations(v) for k, v in hints.items()}
    return hints


def NewType(name, tp):
    """NewType creates simple unique types with almost zero runtime overhead."""
    return _NewType(name, tp, sys._getframe(1).f_globals.get('__name__', '__main__'))


class _NewType:
    def __init__(self, name, tp, module):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = module

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"` + "`" + `{self.__name__} = NewType({self.__name__!r}, {self.__name__})` + "`" + `")

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


_NT_FORBIDDEN = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                           '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_SKIP = frozenset({'__annotations__', '__module__', '__qualname__', '__orig_bases__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        hints = ns.get('__annotations__', {})
        defaults = [ns[n] for n in hints if n in ns]
        names = list(hints)
        first_default = next((i for i, n in enumerate(names) if n in ns), len(names))
        for n in names[first_default:]:
            if n not in ns:
                raise TypeError(f"Non-default namedtuple field {n} "
                                f"cannot follow default field"
                                f"{'s' if first_default < len(names) - 1 else ''} "
                                f"{', '.join(names[first_default:names.index(n)])}")
        made = collections.namedtuple(typename, names, defaults=defaults or None,
                                      module=ns['__module__'])
        made.__annotations__ = dict(hints)
        for key, value in ns.items():
            if key in _NT_FORBIDDEN:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_SKIP and key not in made._fields:
                setattr(made, key, value)
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    fields = list(fields)
    made = collections.namedtuple(typename, [n for n, _ in fields],
                                  module=sys._getframe(1).f_globals.get('__name__', '__main__'))
    made.__annotations__ = {n: _check_type(t, f"field {n} annotation must be a type") for n, t in fields}
    return made


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        made = type.__new__(_TypedDictMeta, name, (dict,), ns)
        own = ns.get('__annotations__', {})
        annotations, required, optional = {}, set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        for key, tp in own.items():
            annotations[key] = tp
            kind = getattr(tp, '_name', None) if isinstance(tp, _Alias) else None
            if kind == 'Required' or (kind != 'NotRequired' and total):
                required.add(key)
            else:
                optional.add(key)
        made.__annotations__ = annotations
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    ns = {'__annotations__': dict(fields)}
    try:
        ns['__module__'] = sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


import re as _re

Pattern = _alias(_re.Pattern, 'Pattern', 1)
Match = _alias(_re.Match, 'Match', 1)
`
