package stdlib

// enum in Python, written for minipy: EnumType collects the members in
// order as the class body runs (_EnumDict), then makes each member with
// the data type's __new__ (or object's) and records aliases; Flag builds
// composite members on demand.

func init() {
	addFrozen("enum", "", enumSource)
}

const enumSource = `
import sys
import types
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

property = DynamicClassAttribute

_unset = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    def __init__(self, value=_unset):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces item to become an Enum member during class creation."""
    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = f'_{cls_name.lstrip("_")}__'
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return any(hasattr(obj, m) for m in ('__get__', '__set__', '__delete__'))


class _EnumDict(dict):
    # The class namespace while an enum body runs: it records which names
    # are members (in order) and resolves auto() as they come.
    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
                for name in names:
                    if name in self._member_names:
                        raise ValueError(f'_ignore_ cannot specify already set names: {name!r}')
            elif key == '_generate_next_value_':
                self._generate_next_value = getattr(value, '__func__', value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _unset:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                              if isinstance(v, auto) and v.value is _unset else
                              (v.value if isinstance(v, auto) else v) for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _data_type(bases):
    # The first non-enum base class that supplies the members' data type.
    for chain in bases:
        for base in chain.__mro__:
            if base is object or isinstance(base, EnumType):
                continue
            if '__new__' in base.__dict__ or '__init__' in base.__dict__ or base in (int, str, float, bytes):
                return base
    return object


def _first_enum(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return Enum if 'Enum' in globals() else None


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        ns = _EnumDict()
        ns._cls_name = cls
        first = _first_enum(bases)
        if first is not None:
            ns._generate_next_value = getattr(first, '_generate_next_value_', None)
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            converted = _EnumDict()
            converted._cls_name = cls
            first = _first_enum(bases)
            converted._generate_next_value = getattr(first, '_generate_next_value_', None)
            for k, v in classdict.items():
                converted[k] = v
            classdict = converted
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        member_type = _data_type(bases)
        names = list(classdict._member_names)
        values = {name: classdict[name] for name in names}
        for name in names:
            dict.__delitem__(classdict, name)
        for name in classdict._ignore:
            classdict.pop(name, None)
        # A __new__ in an enum body makes the members; Enum's own __new__
        # (defined before Enum exists) is the value lookup instead.
        custom_new = classdict.get('__new__')
        if custom_new is not None and 'Enum' in globals():
            classdict['_new_member_'] = custom_new
        ns = dict(classdict)
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        if boundary is not None:
            ns['_boundary_'] = boundary
        enum_class = type.__new__(metacls, cls, bases, ns, **kwds)

        make = enum_class.__dict__.get('_new_member_')
        if make is None:
            for base in enum_class.__mro__[1:]:
                if '_new_member_' in base.__dict__:
                    make = base.__dict__['_new_member_']
                    break
        if isinstance(make, staticmethod):
            make = make.__func__
        for name in names:
            enum_class._add_member_(name, values[name], make, member_type)
        # Calling the class looks a value up (a data type's or the body's
        # __new__ only made the members).
        if 'Enum' in globals() and enum_class.__new__ is not Enum.__new__:
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = (1 << mask.bit_length()) - 1 if mask else 0
            # The flag operators win over a data type's (int.__or__).
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, getattr(Flag, op))
        # A data type's own repr/str/format would shadow the enum's (int
        # comes before Enum in IntEnum's MRO): take the nearest enum base's.
        first = _first_enum(bases)
        if member_type is not object and first is not None:
            for meth in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if meth in classdict:
                    continue
                found = getattr(enum_class, meth)
                if found is getattr(member_type, meth) or found is getattr(object, meth):
                    type.__setattr__(enum_class, meth, getattr(first, meth))
        return enum_class

    def _add_member_(cls, name, value, make, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if make is not None:
            obj = make(cls, *args)
        elif member_type is object:
            obj = object.__new__(cls)
        else:
            obj = member_type.__new__(cls, *args)
        if not hasattr(obj, '_value_'):
            obj._value_ = value if member_type is object else member_type(*args)
        obj._name_ = name
        obj.__objclass__ = cls
        obj.__init__(*args)
        canonical = None
        for existing in cls._member_map_.values():
            if existing._value_ == obj._value_:
                canonical = existing
                break
        if canonical is None:
            # A flag made of several bits is listed but not iterated.
            if not (Flag is not None and issubclass(cls, Flag)) or _power_of_two(obj._value_):
                cls._member_names_.append(name)
            canonical = obj
        cls._member_map_[name] = canonical
        type.__setattr__(cls, name, canonical)
        try:
            cls._value2member_map_.setdefault(obj._value_, canonical)
        except TypeError:
            cls._unhashable_values_.append(obj._value_)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        ns = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        names = list(names.items()) if isinstance(names, dict) else list(names)
        if names and isinstance(names[0], str):
            pairs, seen = [], []
            for count, name in enumerate(names):
                value = ns._generate_next_value(name, start, count, seen[:])
                seen.append(value)
                pairs.append((name, value))
            names = pairs
        for name, value in names:
            ns[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            ns['__module__'] = module
        if qualname is not None:
            ns['__qualname__'] = qualname
        return cls.__class__.__new__(cls.__class__, class_name, bases, ns, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @types.DynamicClassAttribute
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType
Flag = None


def _bits(num, width):
    # Two's-complement digits with a sign group: '0b0 1000', '0b1 0111'.
    sign = '0b1' if num < 0 else '0b0'
    digits = format(num & ((1 << max(width, num.bit_length(), 1)) - 1), 'b')
    digits = digits.rjust(max(width, len(digits)), sign[-1])
    return f'{sign} {digits}'


def _power_of_two(value):
    return value > 0 and value & (value - 1) == 0


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        found = cls._missing_(value)
        if isinstance(found, cls):
            return found
        if found is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, found))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        shown = self._member_type_.__repr__(self._value_) if self._member_type_ is not object else repr(self._value_)
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, shown)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @DynamicClassAttribute
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @DynamicClassAttribute
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


def _keep_data_str(cls):
    # str() and format() of a ReprEnum come from its data type.
    data = cls._member_type_
    if data is not object:
        cls.__str__ = data.__repr__ if data in (int, float) else data.__str__
        cls.__format__ = data.__format__
    return cls


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

_keep_data_str(IntEnum)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0], ))
        value = str(*values)
        made = str.__new__(cls, value)
        made._value_ = value
        return made

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

_keep_data_str(StrEnum)


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()

STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 1 << last.bit_length() if last > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if cls._boundary_ in (KEEP,) or cls._member_type_ is int:
            pass
        elif value < 0 or value & ~mask:
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bits(value, width), _bits(mask, width)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        parts = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        leftover = value
        for m in cls:
            if m._value_ & value == m._value_:
                leftover &= ~m._value_
        if leftover:
            parts.append(hex(leftover) if cls._member_type_ is object else str(leftover))
        pseudo._name_ = '|'.join(parts) if parts else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and m._value_ & self._value_ == m._value_ and _power_of_two(m._value_):
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        name = self.__class__.__name__
        shown = self._member_type_.__repr__(self._value_) if self._member_type_ is not object else repr(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (name, shown)
        return "<%s.%s: %s>" % (name, self._name_, shown)

    def __str__(self):
        name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (name, self._value_)
        return "%s.%s" % (name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ ^ v)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_ if self._member_type_ is object
                              else ~self._value_ & self._flag_mask_ if self._boundary_ is not KEEP else self._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""
    _boundary_ = KEEP

_keep_data_str(IntFlag)
IntFlag.__str__ = int.__repr__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    aliases = [(name, m._name_) for name, m in enumeration.__members__.items() if name != m._name_]
    if aliases:
        shown = ', '.join('%s -> %s' % pair for pair in aliases)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, shown))
    return enumeration


class EnumCheck(StrEnum):
    """various conditions to check an enumeration for"""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"

CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    """Check an enumeration for various constraints. (see EnumCheck)"""
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if UNIQUE in self.checks:
            unique(enumeration)
        return enumeration


def global_enum_repr(self):
    return '%s.%s' % (self.__class__.__module__, self._name_)


def global_flag_repr(self):
    return '%s.%s' % (self.__class__.__module__, self._name_)


def global_str(self):
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator that makes the members of an enum module-global names."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
`
