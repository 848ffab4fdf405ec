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

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if hasattr(base, "__flags__") and not base.__flags__ & _HEAPTYPE:
            break
        new = base.__new__
        if isinstance(new, _new_type) and new.__self__ is base:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__ and
                getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__["__slots__"]
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    if name.startswith("__") and not name.endswith("__"):
                        stripped = c.__name__.lstrip("_")
                        if stripped:
                            names.append("_%s%s" % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass
    return names


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


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
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (what, cls))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _identity(x):
    return x


def _func():
    pass


_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), type(_func),
           _weakref.ref, property, type(_func.__code__))

_copy_dispatch = {t: _identity for t in _atomic}
for _t in (tuple, frozenset, slice):
    _copy_dispatch[_t] = _identity
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy
del _t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A recursive structure may already have put the copy in the memo.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


class _C:
    def m(self):
        pass


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _atomic}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[type(_C().m)] = _deepcopy_method
del _C, _func


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
`
