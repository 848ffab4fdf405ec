package builtins

// The Python halves of _pickle, pickle, copyreg and copy: minipy's own
// code, following the documented behaviour of CPython 3.11's modules.

// underPickleSource runs in _pickle after its native functions are set:
// the exception classes and the Pickler and Unpickler classes, whose
// work is done by _pickler_dump and _unpickler_load.
const underPickleSource = `
class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


_missing = object()


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)

    Writes the pickles of the objects given to dump() to file."""

    # Class-level defaults let dump() report a missing __init__ call.
    _write = None
    _proto = 0
    _fix_imports = True
    _buffer_callback = None
    memo = None

    def __init__(self, file=_missing, protocol=None, fix_imports=True, buffer_callback=None):
        if file is _missing:
            raise TypeError("Pickler() missing required argument 'file' (pos 1)")
        try:
            write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        proto = _check_protocol(protocol)
        if buffer_callback is not None and proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._write = write
        self._proto = proto
        self._fix_imports = bool(fix_imports)
        self._buffer_callback = buffer_callback
        self.bin = int(proto > 0)
        self.fast = 0
        self.memo = {}

    dump = _Pickler_dump

    def clear_memo(self):
        "Clears the pickler's memo."
        self.memo.clear()


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None)

    Reads pickles from file, one for each call of load()."""

    _file = None
    _proto = 0
    _fix_imports = True
    _encoding = "ASCII"
    _errors = "strict"
    _buffers = None
    memo = None

    def __init__(self, file=_missing, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        if file is _missing:
            raise TypeError("Unpickler() missing required argument 'file' (pos 1)")
        if not hasattr(file, "read") or not hasattr(file, "readline"):
            raise TypeError("file must have 'read' and 'readline' attributes")
        if not isinstance(encoding, str):
            raise TypeError("Unpickler() argument 'encoding' must be str, not " + type(encoding).__name__)
        if not isinstance(errors, str):
            raise TypeError("Unpickler() argument 'errors' must be str, not " + type(errors).__name__)
        self._file = file
        self._fix_imports = bool(fix_imports)
        self._encoding = encoding
        self._errors = errors
        self._buffers = iter(buffers) if buffers is not None else None
        self._proto = 0
        self.memo = {}

    load = _Unpickler_load
    find_class = _Unpickler_find_class


del _Pickler_dump, _Unpickler_load, _Unpickler_find_class
`

// pickleSource is the pickle module: _pickle's API, the protocol
// constants, the opcodes and the long-integer codecs.
const pickleSource = `
from _pickle import (PickleError, PicklingError, UnpicklingError, Pickler,
                     Unpickler, dump, dumps, load, loads)

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads


def encode_long(x):
    "The two's-complement little-endian bytes of x, as few as possible."
    if x == 0:
        return b""
    n = (x.bit_length() >> 3) + 1
    b = x.to_bytes(n, byteorder="little", signed=True)
    if x < 0 and n > 1 and b[-1] == 0xFF and (b[-2] & 0x80) != 0:
        b = b[:-1]
    return b


def decode_long(data):
    "The int whose two's-complement little-endian bytes are data."
    return int.from_bytes(data, byteorder="little", signed=True)


def _opcodes():
    table = (
        "MARK (", "STOP .", "POP 0", "POP_MARK 1", "DUP 2", "FLOAT F", "INT I",
        "BININT J", "BININT1 K", "LONG L", "BININT2 M", "NONE N", "PERSID P",
        "BINPERSID Q", "REDUCE R", "STRING S", "BINSTRING T", "SHORT_BINSTRING U",
        "UNICODE V", "BINUNICODE X", "APPEND a", "BUILD b", "GLOBAL c", "DICT d",
        "EMPTY_DICT }", "APPENDS e", "GET g", "BINGET h", "INST i", "LONG_BINGET j",
        "LIST l", "EMPTY_LIST ]", "OBJ o", "PUT p", "BINPUT q", "LONG_BINPUT r",
        "SETITEM s", "TUPLE t", "EMPTY_TUPLE )", "SETITEMS u", "BINFLOAT G",
        "BINBYTES B", "SHORT_BINBYTES C",
    )
    g = globals()
    for entry in table:
        name, code = entry.split(" ")
        g[name] = code.encode("ascii")
    for i, name in enumerate(("PROTO", "NEWOBJ", "EXT1", "EXT2", "EXT4", "TUPLE1",
                              "TUPLE2", "TUPLE3", "NEWTRUE", "NEWFALSE", "LONG1",
                              "LONG4", "SHORT_BINUNICODE", "BINUNICODE8",
                              "BINBYTES8", "EMPTY_SET", "ADDITEMS", "FROZENSET",
                              "NEWOBJ_EX", "STACK_GLOBAL", "MEMOIZE", "FRAME",
                              "BYTEARRAY8", "NEXT_BUFFER", "READONLY_BUFFER")):
        g[name] = bytes([0x80 + i])
    g["TRUE"] = b"I01\n"
    g["FALSE"] = b"I00\n"


_opcodes()
del _opcodes
`

// copyregSource is the copyreg module: the reduction registry, the
// helpers object.__reduce_ex__ names in its results, and the extension
// registry.
const copyregSource = `
__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# Reduction functions by type: pickle and copy look here before an
# object's own __reduce_ex__.
dispatch_table = {}


def _need_callable(f, what):
    if not callable(f):
        raise TypeError("%s must be callable" % what)


def pickle(ob_type, pickle_function, constructor_ob=None):
    _need_callable(pickle_function, "reduction functions")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    # Checked only: a constructor needs no registration.
    _need_callable(object, "constructors")


def pickle_complex(c):
    return (complex, (c.real, c.imag))


def pickle_union(obj):
    # int | str comes back as functools.reduce(operator.or_, (int, str)).
    from functools import reduce
    from operator import or_
    return (reduce, (or_, obj.__args__))


pickle(complex, pickle_complex, complex)
pickle(type(int | str), pickle_union)


def _reconstructor(cls, base, state):
    # Undoes _reduce_ex: a bare instance of cls when base is object, else
    # one made by base's __new__ (and __init__, if it has its own) from
    # state.
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


_HEAPTYPE = 1 << 9
_builtin_new = type(int.__new__)


def _native_base(cls):
    # The first class of cls's MRO that is built in (not a heap type) or
    # has a built-in __new__ of its own; object when there is none.
    for k in cls.__mro__:
        if hasattr(k, "__flags__") and not k.__flags__ & _HEAPTYPE:
            return k
        new = k.__new__
        if isinstance(new, _builtin_new) and new.__self__ is k:
            return k
    return object


def _reduce_ex(self, proto):
    # object.__reduce_ex__ for protocols 0 and 1: rebuild through
    # _reconstructor from the built-in base's value and the state.
    assert proto < 2
    cls = self.__class__
    base = _native_base(cls)
    if base is object:
        value = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        value = base(self)
    parts = (cls, base, value)
    getstate = getattr(self, "__getstate__", None)
    if getstate is None:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ without defining __getstate__ cannot be pickled with protocol {proto}") from None
        state = getattr(self, "__dict__", None)
    else:
        if getattr(self, "__slots__", None) and type(self).__getstate__ is object.__getstate__:
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        state = getstate()
    return (_reconstructor, parts, state) if state else (_reconstructor, parts)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _mangled(owner, name):
    # A private slot name as the compiler stores it (_Owner__name).
    if name.startswith("__") and not name.endswith("__"):
        stem = owner.lstrip("_")
        if stem:
            return "_" + stem + name
    return name


def _slotnames(cls):
    # The slot names of cls and its bases, but __dict__ and __weakref__;
    # kept in cls.__slotnames__ for the next call.
    known = cls.__dict__.get("__slotnames__")
    if known is not None:
        return known
    found = []
    if hasattr(cls, "__slots__"):
        for k in cls.__mro__:
            declared = k.__dict__.get("__slots__", ())
            if isinstance(declared, str):
                declared = (declared,)
            found.extend(_mangled(k.__name__, s) for s in declared
                         if s not in ("__dict__", "__weakref__"))
    try:
        cls.__slotnames__ = found
    except:
        # A built-in class takes no new attribute.
        pass
    return found


# The extension registry: codes for (module, name) pairs, both ways, and
# the objects loaded by code.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    old_code = _extension_registry.get(key)
    old_key = _inverted_registry.get(code)
    if old_code == code and old_key == key:
        return
    if old_code is not None:
        raise ValueError("key %s is already registered with code %s" % (key, old_code))
    if old_key is not None:
        raise ValueError("code %s is already in use for key %s" % (code, old_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
`

// copySource is the copy module: copy and deepcopy through __copy__,
// __deepcopy__, copyreg's dispatch table and __reduce_ex__(4).
const copySource = `
import weakref as _weakref
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _reduce(x, cls, what):
    # How to rebuild x: copyreg's table, else __reduce_ex__(4), else
    # __reduce__.
    via_table = dispatch_table.get(cls)
    if via_table is not None:
        return via_table(x)
    ex = getattr(x, "__reduce_ex__", None)
    if ex is not None:
        return ex(4)
    plain = getattr(x, "__reduce__", None)
    if not plain:
        raise Error("un(%s)copyable object of type %s" % (what, cls))
    return plain()


def _rebuild(x, cls, memo, what):
    # A copy of x from its reduction (deep when memo is a dict).
    how = _reduce(x, cls, what)
    if isinstance(how, str):
        # The name of a global: x is its own copy.
        return x
    return _reconstruct(x, memo, *how)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    quick = _shallow.get(cls)
    if quick:
        return quick(x)
    if issubclass(cls, type):
        return x
    own = getattr(cls, "__copy__", None)
    if own is not None:
        return own(x)
    return _rebuild(x, cls, None, "shallow")


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    seen = memo.get(key, _nil)
    if seen is not _nil:
        return seen
    cls = type(x)
    quick = _deep.get(cls)
    if quick is not None:
        y = quick(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        own = getattr(x, "__deepcopy__", None)
        y = _rebuild(x, cls, memo, "deep") if own is None else own(memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo is keyed by id(): x must outlive it, so that no other
    # object takes its id meanwhile.
    memo.setdefault(id(memo), []).append(x)


def _itself(x, memo=None):
    return x


def _sample():
    pass


# Immutable, or shared by design: each is its own copy, shallow or deep.
_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), type(_sample),
           _weakref.ref, property, type(_sample.__code__))

_shallow = dict.fromkeys(_ATOMIC + (tuple, frozenset, slice), _itself)
_shallow.update({list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy})


def _deep_list(x, memo, deepcopy=deepcopy):
    out = []
    memo[id(x)] = out
    for item in x:
        out.append(deepcopy(item, memo))
    return out


def _deep_tuple(x, memo, deepcopy=deepcopy):
    parts = [deepcopy(item, memo) for item in x]
    # Copying an item may have copied x itself (a cycle through a list).
    done = memo.get(id(x))
    if done is not None:
        return done
    if all(a is b for a, b in zip(x, parts)):
        return x
    return tuple(parts)


def _deep_dict(x, memo, deepcopy=deepcopy):
    out = {}
    memo[id(x)] = out
    for k, v in x.items():
        out[deepcopy(k, memo)] = deepcopy(v, memo)
    return out


def _deep_method(x, memo):
    # The same function, bound to a copy of the object.
    return x.__func__.__get__(deepcopy(x.__self__, memo))


class _Owner:
    def method(self):
        pass


_deep = dict.fromkeys(_ATOMIC, _itself)
_deep.update({list: _deep_list, tuple: _deep_tuple, dict: _deep_dict,
              type(_Owner().method): _deep_method})
del _Owner, _sample


def _apply_state(y, state):
    # As unpickling's BUILD: __setstate__, else a dict of attributes
    # and/or a dict of slot values.
    if hasattr(y, "__setstate__"):
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        y.__dict__.update(state)
    if slots is not None:
        for name, value in slots.items():
            setattr(y, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _apply_state(y, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y
`
