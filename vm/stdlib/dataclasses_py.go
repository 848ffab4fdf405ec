package stdlib

// dataclasses in Python, written for minipy: the generated __init__ is
// compiled from source (so its parameters, defaults and messages are a
// real function's); the other methods are closures over the field names.

func init() {
	addFrozen("dataclasses", "", dataclassesSource)
}

const dataclassesSource = `
import sys
import copy
import types
import keyword
import abc

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',

           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'

_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass

MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass

KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type', )

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else
                         types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        parts = ','.join(f'{slot}={getattr(self, slot)!r}' for slot in Field.__slots__)
        return f'Field({parts})'

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        parts = ','.join(f'{slot}={getattr(self, slot)!r}' for slot in self.__slots__)
        return f'_DataclassParams({parts})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(tp):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    cv = getattr(typing, 'ClassVar', None)
    return tp is cv or (cv is not None and getattr(tp, '__origin__', None) is cv)


def _annotation_kind(tp):
    # _FIELD_CLASSVAR, _FIELD_INITVAR or _FIELD, also for string annotations.
    if isinstance(tp, str):
        head = tp.split('[', 1)[0].strip()
        if head in ('ClassVar', 'typing.ClassVar'):
            return _FIELD_CLASSVAR
        if head in ('InitVar', 'dataclasses.InitVar'):
            return _FIELD_INITVAR
        return _FIELD
    if _is_classvar(tp):
        return _FIELD_CLASSVAR
    if tp is InitVar or isinstance(tp, InitVar):
        return _FIELD_INITVAR
    return _FIELD


def _make_field(cls, name, tp, kw_only):
    value = cls.__dict__.get(name, MISSING)
    f = value if isinstance(value, Field) else field(default=value)
    f.name, f.type = name, tp
    f._field_type = _annotation_kind(tp)
    if f._field_type is _FIELD_CLASSVAR:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is _FIELD_INITVAR and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD:
        if f.default is not MISSING and type(f.default).__hash__ is None:
            raise ValueError(f'mutable default {type(f.default)} for field '
                             f'{f.name} is not allowed: use default_factory')
    if f._field_type is _FIELD_CLASSVAR:
        f.kw_only = MISSING
    return f


def _type_text(tp):
    # How inspect shows an annotation in a signature.
    if isinstance(tp, type) and not isinstance(tp, types.GenericAlias):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return f'{tp.__module__}.{tp.__qualname__}'
    return repr(tp)


def _compile(name, params, body, cls, extra_globals, return_ann=MISSING):
    # A method compiled from source; extra_globals are the names its body
    # and defaults use.
    ns = {'__dataclass_builtins_object__': object, **extra_globals}
    text = f'def {name}({", ".join(params)}):\n'
    text += ''.join(f'  {line}\n' for line in (body or ['pass']))
    local = {}
    exec(text, ns, local)
    fn = local[name]
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    return fn


def _set_new(cls, name, value, complain=None):
    # Sets cls.name unless the class defines it itself; complain names the
    # error to raise in that case.
    if name in cls.__dict__:
        if complain:
            raise TypeError(complain)
        return False
    setattr(cls, name, value)
    return True


def _init_method(cls, fields, std_fields, kw_fields, frozen, has_post_init):
    env = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
           '__dataclass_self_class__': cls}
    seen_default = False
    for f in std_fields:
        if f.init:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError(f'non-default argument {f.name!r} '
                                    'follows default argument')
            else:
                seen_default = True

    def param(f):
        env[f'__dataclass_type_{f.name}__'] = f.type
        if f.default_factory is not MISSING:
            tail = '=_HAS_DEFAULT_FACTORY'
        elif f.default is not MISSING:
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            tail = f'=__dataclass_dflt_{f.name}__'
        else:
            tail = ''
        return f'{f.name}:__dataclass_type_{f.name}__{tail}'

    def assign(name, value):
        if frozen:
            return f'__dataclass_builtins_object__.__setattr__(self,{name!r},{value})'
        return f'self.{name}={value}'

    lines = []
    for f in fields:
        if f.default_factory is not MISSING:
            env[f'__dataclass_dflt_{f.name}__'] = f.default_factory
            make = f'__dataclass_dflt_{f.name}__()'
            value = f'{make} if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}' if f.init else make
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f'__dataclass_dflt_{f.name}__'
        else:
            continue
        if f._field_type is _FIELD:
            lines.append(assign(f.name, value))
    if has_post_init:
        initvars = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        lines.append(f'self.{_POST_INIT_NAME}({initvars})')
    params = ['self'] + [param(f) for f in std_fields]
    if kw_fields:
        params += ['*'] + [param(f) for f in kw_fields]
    fn = _compile('__init__', params, lines, cls, env)
    fn.__annotations__ = {**{f.name: f.type for f in std_fields + kw_fields}, 'return': None}
    return fn


def _repr_method(cls, fields):
    names = [f.name for f in fields]
    active = set()

    def __repr__(self):
        token = (id(self), _thread_id())
        if token in active:
            return '...'
        active.add(token)
        try:
            shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in names)
        finally:
            active.discard(token)
        return f'{self.__class__.__qualname__}({shown})'
    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    # pprint lays out the fields of instances whose repr is this one.
    __repr__._dataclass_repr = True
    return __repr__


def _thread_id():
    import _thread
    return _thread.get_ident()


def _cmp_method(cls, name, op, fields):
    names = [f.name for f in fields]

    def method(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = tuple(getattr(self, n) for n in names)
        theirs = tuple(getattr(other, n) for n in names)
        return op(mine, theirs)
    method.__name__ = name
    method.__qualname__ = f'{cls.__qualname__}.{name}'
    return method


def _hash_method(cls, fields):
    names = [f.name for f in fields]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))
    __hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
    return __hash__


def _frozen_methods(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    for fn in (__setattr__, __delattr__):
        fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
        if fn.__name__ in cls.__dict__:
            raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                            f'in class {cls.__name__}')
        setattr(cls, fn.__name__, fn)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = has_dataclass_bases = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            fields.update((f.name, f) for f in base_fields.values())
            base_frozen = getattr(base, _PARAMS).frozen
            all_frozen_bases = base_frozen if all_frozen_bases is None else (all_frozen_bases and base_frozen)
            any_frozen_base = any_frozen_base or base_frozen

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    seen_kw_only = False
    for name, tp in annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.strip() in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            if seen_kw_only:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            seen_kw_only = True
            kw_only = True
            continue
        own.append(_make_field(cls, name, tp, kw_only))
    for f in own:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    has_own_hash = '__hash__' in cls.__dict__
    explicit_hash = has_own_hash and not (cls.__dict__['__hash__'] is None and '__eq__' in cls.__dict__)

    all_fields = list(fields.values())
    field_list = [f for f in all_fields if f._field_type is _FIELD]
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]

    if init:
        std = [f for f in init_fields if f.init and not f.kw_only]
        kw = [f for f in init_fields if f.init and f.kw_only]
        _set_new(cls, '__init__', _init_method(cls, init_fields, std, kw, frozen,
                                               hasattr(cls, _POST_INIT_NAME)))
    if repr:
        _set_new(cls, '__repr__', _repr_method(cls, [f for f in field_list if f.repr]))
    compared = [f for f in field_list if f.compare]
    if eq:
        _set_new(cls, '__eq__', _cmp_method(cls, '__eq__', lambda a, b: a == b, compared))
    if order:
        import operator
        for name, op in (('__lt__', operator.lt), ('__le__', operator.le),
                         ('__gt__', operator.gt), ('__ge__', operator.ge)):
            _set_new(cls, name, _cmp_method(cls, name, op, compared),
                     f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                     'Consider using functools.total_ordering')
    if frozen:
        _frozen_methods(cls, tuple(f.name for f in field_list))

    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _hash_method(cls, hashed)
    elif eq and frozen:
        if not explicit_hash:
            cls.__hash__ = _hash_method(cls, hashed)
    elif eq and not explicit_hash:
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(cls)
        except (TypeError, ValueError):
            cls.__doc__ = ''

    if match_args:
        _set_new(cls, '__match_args__',
                 tuple(f.name for f in init_fields if f.init and not f.kw_only))

    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)
    return cls


def _signature_text(cls):
    init = cls.__init__
    names = init.__code__.co_varnames[1:init.__code__.co_argcount + init.__code__.co_kwonlyargcount]
    hints = getattr(init, '__annotations__', {})
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    npos = init.__code__.co_argcount - 1
    first_default = npos - len(defaults)
    parts = []
    for i, name in enumerate(names):
        if i == npos:
            parts.append('*')
        text = name
        if name in hints:
            text += ': ' + _type_text(hints[name])
        if i < npos and i >= first_default:
            text += ' = ' + repr(defaults[i - first_default])
        elif i >= npos and name in kwdefaults:
            text += ' = ' + repr(kwdefaults[name])
        parts.append(text)
    return '(' + ', '.join(parts) + ')'


def _with_slots(cls, frozen, weakref_slot):
    names = tuple(f.name for f in fields(cls))
    ns = dict(cls.__dict__)
    if '__slots__' in ns:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    slots = tuple(n for n in names if n not in inherited)
    if weakref_slot:
        slots += ('__weakref__',)
    ns['__slots__'] = slots
    for n in names:
        ns.pop(n, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    made = type(cls)(cls.__name__, cls.__bases__, ns)
    made.__qualname__ = cls.__qualname__
    if frozen:
        def __getstate__(self):
            return [getattr(self, n) for n in names]

        def __setstate__(self, state):
            for n, v in zip(names, state):
                object.__setattr__(self, n, v)
        made.__getstate__, made.__setstate__ = __getstate__, __setstate__
    return made


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        if weakref_slot and not slots:
            raise TypeError('weakref_slot is True but slots is False')
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)
    return wrap if cls is None else wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def _convert(obj, make_dict, make_tuple):
    # asdict/astuple: dataclasses become make_dict/make_tuple of their
    # fields; containers are rebuilt with their items converted; anything
    # else is deep-copied.
    again = lambda x: _convert(x, make_dict, make_tuple)
    if _is_dataclass_instance(obj):
        values = [(f.name, again(getattr(obj, f.name))) for f in fields(obj)]
        return make_dict(values) if make_tuple is None else make_tuple(v for _, v in values)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*map(again, obj))
    if isinstance(obj, (list, tuple)):
        return type(obj)(map(again, obj))
    if isinstance(obj, dict):
        return type(obj)((again(k), again(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, None)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, dict, tuple_factory)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass."""
    ns = dict(namespace or {})
    names = set()
    hints = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in names:
            raise TypeError(f'Field name duplicated: {name!r}')
        names.add(name)
        hints[name] = tp

    def body(target):
        target.update(ns)
        target['__annotations__'] = hints
    cls = types.new_class(cls_name, bases, {}, body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
`
