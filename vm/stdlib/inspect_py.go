package stdlib

// inspect in Python, written for minipy: the predicates, members,
// documentation, source lookup (by indentation, not tokenize), frames and
// the stack, get_annotations, and Signature/Parameter/BoundArguments with
// CPython's rendering and binding errors. Built-in functions have no text
// signatures in minipy, so signature() raises ValueError for them.

func init() {
	addFrozen("inspect", "Get useful information from live Python objects.\n\nThis module encapsulates the interface provided by the internal special\nattributes (co_*, im_*, tb_*, etc.) in a friendlier fashion.\nIt also provides some help for examining source code and class layout.\n", inspectSource)
}

const inspectSource = `
import abc
import collections
import enum
import functools
import linecache
import os
import sys
import types

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---- predicates ----

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType) or
            isinstance(object, types.GeneratorType) and
            bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            isinstance(object, collections.abc.Awaitable))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', ()))


# ---- members ----

def _members(object, predicate, getter):
    owners = object.__mro__ if isclass(object) else ()
    names = list(dir(object))
    if isclass(object):
        # dir() leaves out DynamicClassAttribute members of the bases.
        names += [k for base in object.__bases__ for k, v in base.__dict__.items()
                  if isinstance(v, types.DynamicClassAttribute)]
    found = {}
    for name in names:
        if name in found:
            continue
        try:
            value = getter(object, name)
        except AttributeError:
            # A class attribute that only its own namespace yields.
            holder = next((o for o in owners if name in o.__dict__), None)
            if holder is None:
                continue
            value = holder.__dict__[name]
        if predicate is None or predicate(value):
            found[name] = value
    return sorted(found.items(), key=lambda pair: pair[0])


def getmembers(object, predicate=None):
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    return _members(object, predicate, getattr_static)


def getmro(cls):
    return cls.__mro__


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    if not isinstance(obj, type):
        try:
            own = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            own = {}
        if attr in own:
            return own[attr]
        klass_mro = type(obj).__mro__
    else:
        klass_mro = obj.__mro__
        meta = type(obj).__mro__
        for base in klass_mro:
            if attr in base.__dict__:
                return base.__dict__[attr]
        klass_mro = meta
    for base in klass_mro:
        if attr in base.__dict__:
            return base.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        seen.add(id(func))
    return func


# ---- documentation and source ----

def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        text = line.lstrip()
        if text:
            indent = len(line) - len(text)
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _inherited_doc(obj):
    # The docstring of the same attribute in a base class.
    name = getattr(obj, '__name__', None)
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    owner = None
    if ismethod(obj):
        owner = getattr(obj.__self__, '__class__', None)
        if isclass(obj.__self__):
            owner = obj.__self__
        obj = obj.__func__
    elif isfunction(obj):
        qual = obj.__qualname__.split('.')
        mod = sys.modules.get(obj.__module__)
        owner = mod
        for part in qual[:-1]:
            owner = getattr(owner, part, None)
    if owner is None or name is None or not isclass(owner):
        return None
    for base in owner.__mro__[1:]:
        doc = getattr(base.__dict__.get(name), '__doc__', None)
        if doc is not None:
            return doc
    return None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _code_of(obj):
    # Methods, functions, tracebacks and frames lead to a code object.
    steps = ((ismethod, '__func__'), (isfunction, '__code__'),
             (istraceback, 'tb_frame'), (isframe, 'f_code'))
    for test, attr in steps:
        if test(obj):
            obj = getattr(obj, attr)
    return obj


def getfile(object):
    if ismodule(object):
        where = getattr(object, '__file__', None)
        if where:
            return where
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        home = sys.modules.get(getattr(object, '__module__', None))
        where = getattr(home, '__file__', None)
        if where:
            return where
        if getattr(object, '__module__', None) == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _code_of(object)
    if iscode(code):
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    fname = os.path.basename(path)
    for suffix in ('.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    if os.path.exists(filename) or linecache.getlines(filename):
        return filename
    return None


def getabsfile(object, _filename=None):
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename)) if hasattr(os.path, 'normcase') \
        else os.path.abspath(_filename)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    for module in list(sys.modules.values()):
        f = getattr(module, '__file__', None)
        if f and os.path.abspath(f) == file:
            return module
    return None


class ClassFoundException(Exception):
    pass


def _class_line(lines, qualname):
    # The line of the class statement whose nesting matches qualname,
    # moved up over its decorators.
    want = qualname.split('.')
    open_blocks = []
    for number, line in enumerate(lines):
        text = line.lstrip()
        if not text or text.startswith('#'):
            continue
        indent = len(line) - len(text)
        while open_blocks and open_blocks[-1][0] >= indent:
            open_blocks.pop()
        for keyword in ('class ', 'def ', 'async def '):
            if text.startswith(keyword):
                name = text[len(keyword):].split('(')[0].split(':')[0].strip()
                open_blocks.append((indent, name))
                if keyword == 'class ' and [n for _, n in open_blocks] == want:
                    while number and lines[number - 1].lstrip().startswith('@'):
                        number -= 1
                    return number
                break
    raise OSError('could not find class definition')


def findsource(object):
    path = getsourcefile(object)
    if path is None:
        raise OSError('could not get source code')
    home = getmodule(object, path)
    lines = linecache.getlines(path, home.__dict__) if home else linecache.getlines(path)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _class_line(lines, object.__qualname__)
    code = _code_of(object)
    if not iscode(code):
        raise OSError('could not find code object')
    first = getattr(code, 'co_firstlineno', None)
    if first is None:
        raise OSError('could not find function definition')
    if first - 1 >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines, first - 1


def indentsize(line):
    text = line.expandtabs()
    return len(text) - len(text.lstrip())


def getblock(lines):
    # The header (decorators and a possibly multi-line signature, up to
    # the line ending in ':'), then every line more indented than it.
    first = indentsize(lines[0])
    k = 0
    depth = 0
    while k < len(lines):
        text = lines[k].split('#')[0].rstrip()
        depth += sum(text.count(c) for c in '([{') - sum(text.count(c) for c in ')]}')
        k += 1
        stripped = text.lstrip()
        if depth <= 0 and stripped and not stripped.startswith('@'):
            if not text.endswith(':') or stripped.startswith('lambda') or \
                    (':' in stripped and not text.endswith(':')):
                return lines[:k]
            break
    end = k
    while k < len(lines):
        line = lines[k]
        if line.strip():
            if indentsize(line) <= first:
                break
            end = k + 1
        k += 1
    return lines[:end]


def getsourcelines(object):
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        return None
    out = []
    k = lnum - 1
    indent = indentsize(lines[lnum])
    while k >= 0 and lines[k].lstrip().startswith('#') and indentsize(lines[k]) == indent:
        out.insert(0, lines[k].expandtabs().lstrip())
        k -= 1
    return ''.join(out) or None


# ---- frames and the stack ----

_Traceback = collections.namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


_FrameInfo = collections.namedtuple('_FrameInfo', ('frame',) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getlineno(frame):
    return frame.f_lineno


def getframeinfo(frame, context=1):
    if istraceback(frame):
        line, frame = frame.tb_lineno, frame.tb_frame
    else:
        line = getattr(frame, 'f_lineno', None)
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    path = frame.f_code.co_filename
    shown = where = None
    source = linecache.getlines(path) if context > 0 else []
    if source:
        first = max(0, min(line - 1 - context // 2, len(source) - context))
        shown = source[first:first + context]
        where = line - 1 - first
    return Traceback(path, line, frame.f_code.co_name, shown, where, positions=None)


def getouterframes(frame, context=1):
    out = []
    while frame:
        info = getframeinfo(frame, context)
        out.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return out


def getinnerframes(tb, context=1):
    out = []
    while tb:
        info = getframeinfo(tb, context)
        out.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return out


def currentframe():
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if getattr(generator, 'gi_suspended', False):
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if getattr(coroutine, 'cr_suspended', False):
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    free = dict(zip(code.co_freevars, (c.cell_contents for c in cells)))
    module_ns = func.__globals__
    builtin_ns = module_ns.get('__builtins__', {})
    builtin_ns = getattr(builtin_ns, '__dict__', builtin_ns)
    found_g, found_b, missing = {}, {}, set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        for space, out in ((module_ns, found_g), (builtin_ns, found_b)):
            if name in space:
                out[name] = space[name]
                break
        else:
            missing.add(name)
    return ClosureVars(free, found_g, found_b, missing)


# ---- annotations ----

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        notes = obj.__dict__.get('__annotations__')
        if isinstance(notes, types.GetSetDescriptorType):
            notes = None
        scope_g = getattr(sys.modules.get(getattr(obj, '__module__', None)), '__dict__', None)
        scope_l = dict(vars(obj))
        target = obj
    elif isinstance(obj, types.ModuleType):
        notes = getattr(obj, '__annotations__', None)
        scope_g, scope_l, target = obj.__dict__, None, None
    elif callable(obj):
        notes = getattr(obj, '__annotations__', None)
        scope_g, scope_l, target = getattr(obj, '__globals__', None), None, obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if notes is None:
        return {}
    if not isinstance(notes, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not eval_str or not notes:
        return dict(notes)
    # Strings are evaluated in the globals of the innermost wrapped function.
    while target is not None:
        if hasattr(target, '__wrapped__'):
            target = target.__wrapped__
        elif isinstance(target, functools.partial):
            target = target.func
        else:
            scope_g = getattr(target, '__globals__', scope_g)
            break
    g = scope_g if globals is None else globals
    l = scope_l if locals is None else locals
    return {k: eval(v, g, l) if isinstance(v, str) else v for k, v in notes.items()}


# ---- signatures ----

class _void:
    """Marks an argument of replace() as not given."""


class _empty:
    """No default, annotation or return annotation."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        text = repr(annotation)
        out = []
        k = 0
        while k < len(text):
            if text.startswith('typing.', k) and (k == 0 or not (text[k - 1].isalnum() or text[k - 1] in '_.')):
                k += len('typing.')
                continue
            out.append(text[k])
            k += 1
        return ''.join(out)
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(kind.description))
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            # The hidden argument of a comprehension's code (".0").
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or '
                                 'keyword arguments, not {}'.format(kind.description))
            kind, name = _POSITIONAL_ONLY, 'implicit' + name[1:]
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name, self._kind = name, kind
        self._default, self._annotation = default, annotation

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default, self._annotation = state['_default'], state['_annotation']

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        def pick(new, old):
            return old if new is _void else new
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default),
                          annotation=pick(annotation, self._annotation))

    def __str__(self):
        text = self._name
        noted = self._annotation is not _empty
        if noted:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if noted else '=') + repr(self._default)
        return {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '') + text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def _key(self):
        return (self._name, self._kind, self._default, self._annotation)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or self._key() == other._key()


class BoundArguments:
    """Arguments bound to a Signature's parameters (Signature.bind)."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    def _split(self):
        # The leading positional parameters that have a value go into
        # args; everything after the first gap (or keyword-only) into kwargs.
        args, kwargs = [], {}
        positional = True
        for name, q in self._signature.parameters.items():
            if positional and (q.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments):
                positional = False
                if name not in self.arguments:
                    continue
            if name not in self.arguments:
                continue
            value = self.arguments[name]
            if positional:
                if q.kind == _VAR_POSITIONAL:
                    args.extend(value)
                else:
                    args.append(value)
            elif q.kind == _VAR_KEYWORD:
                kwargs.update(value)
            else:
                kwargs[name] = value
        return tuple(args), kwargs

    args = property(lambda self: self._split()[0])
    kwargs = property(lambda self: self._split()[1])

    def apply_defaults(self):
        filled = {}
        for name, q in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif q.default is not _empty:
                filled[name] = q.default
            elif q.kind is _VAR_POSITIONAL:
                filled[name] = ()
            elif q.kind is _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        shown = ', '.join('%s=%r' % pair for pair in self.arguments.items())
        return '<%s (%s)>' % (type(self).__name__, shown)


class Signature:
    """The parameters of a callable, in order, and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        table = {}
        highest = _POSITIONAL_ONLY
        defaults_started = False
        for q in (parameters or ()):
            if __validate_parameters__:
                # Kinds must not go down; after a positional parameter with
                # a default, every positional one needs one; names are unique.
                if q.kind < highest:
                    raise ValueError('wrong parameter order: {} parameter before {} '
                                     'parameter'.format(highest.description, q.kind.description))
                highest = max(highest, q.kind)
                if q.kind <= _POSITIONAL_OR_KEYWORD:
                    if q.default is not _empty:
                        defaults_started = True
                    elif defaults_started:
                        raise ValueError('non-default argument follows default argument')
                if q.name in table:
                    raise ValueError('duplicate parameter name: {!r}'.format(q.name))
            table[q.name] = q
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _identity(self):
        # Keyword-only parameters compare as a set: their order is free.
        ordered = tuple(q for q in self.parameters.values() if q.kind != _KEYWORD_ONLY)
        named = frozenset(q for q in self.parameters.values() if q.kind == _KEYWORD_ONLY)
        return ordered, named, self.return_annotation

    def __hash__(self):
        return hash(self._identity())

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self is other or self._identity() == other._identity()

    def _bind(self, args, kwargs, *, partial=False):
        # Positional arguments fill the positional parameters in order
        # (the surplus goes to *args), keywords the rest; then what is
        # still unbound must have a default (unless partial).
        kwargs = dict(kwargs)
        params = list(self.parameters.values())
        slots = [q for q in params if q.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)]
        star = [q for q in params if q.kind == _VAR_POSITIONAL]
        dstar = [q for q in params if q.kind == _VAR_KEYWORD]
        if len(args) > len(slots) and not star:
            raise TypeError('too many positional arguments')
        bound = {}
        for q, value in zip(slots, args):
            if q.kind == _POSITIONAL_OR_KEYWORD and q.name in kwargs:
                raise TypeError('multiple values for argument {!r}'.format(q.name))
            bound[q.name] = value
        if len(args) > len(slots):
            bound[star[0].name] = tuple(args[len(slots):])
        for q in params:
            if q.name in bound or q.kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                continue
            if q.name in kwargs:
                if q.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was '
                                    'passed as a keyword'.format(q.name))
                bound[q.name] = kwargs.pop(q.name)
            elif not partial and q.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(q.name))
        if kwargs:
            if not dstar:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            bound[dstar[0].name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def __str__(self):
        # '/' closes the positional-only run; '*' opens the keyword-only
        # run unless a *args parameter already did.
        pieces = []
        previous = None
        for q in self.parameters.values():
            if previous == _POSITIONAL_ONLY and q.kind != _POSITIONAL_ONLY:
                pieces.append('/')
            if q.kind == _KEYWORD_ONLY and previous not in (_KEYWORD_ONLY, _VAR_POSITIONAL):
                pieces.append('*')
            pieces.append(str(q))
            previous = q.kind if not (previous == _VAR_POSITIONAL and q.kind == _KEYWORD_ONLY) else _VAR_POSITIONAL
        if previous == _POSITIONAL_ONLY:
            pieces.append('/')
        text = '(%s)' % ', '.join(pieces)
        if self.return_annotation is not _empty:
            text += ' -> ' + formatannotation(self.return_annotation)
        return text


def itertools_chain(a, b):
    yield from a
    yield from b


def _signature_is_functionlike(obj):
    # Duck-typed functions (Cython and the like).
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and
            isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, (dict)) or annotations is None))


def _signature_from_function(cls, func, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False):
    # The parameters come from the code object: positional names first
    # (the last ones paired with __defaults__), then keyword-only names,
    # then the *args and **kwargs names.
    duck = not isfunction(func)
    if duck and not _signature_is_functionlike(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    names = code.co_varnames
    npos, nposonly, nkw = code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount
    notes = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    made = []
    for k in range(npos):
        kind = _POSITIONAL_ONLY if k < nposonly else _POSITIONAL_OR_KEYWORD
        extra = {'default': defaults[k - first_default]} if k >= first_default else {}
        made.append(Parameter(names[k], kind, annotation=notes.get(names[k], _empty), **extra))
    rest = npos + nkw
    if code.co_flags & CO_VARARGS:
        made.append(Parameter(names[rest], _VAR_POSITIONAL, annotation=notes.get(names[rest], _empty)))
    for name in names[npos:npos + nkw]:
        made.append(Parameter(name, _KEYWORD_ONLY, annotation=notes.get(name, _empty),
                              default=kwdefaults.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[rest + (1 if code.co_flags & CO_VARARGS else 0)]
        made.append(Parameter(name, _VAR_KEYWORD, annotation=notes.get(name, _empty)))
    return cls(made, return_annotation=notes.get('return', _empty),
               __validate_parameters__=duck)


def _signature_bound_method(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    # What remains of a signature once a functools.partial has supplied
    # some arguments: positional ones disappear; keyword ones become
    # defaults, and from the first such positional-or-keyword parameter
    # on, the parameters turn keyword-only (after the *args, if any).
    pargs = extra_args + (partial.args or ())
    pkw = partial.keywords or {}
    try:
        given = wrapped_sig.bind_partial(*pargs, **pkw).arguments
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    front, back = [], []
    keyword_from_here = False
    for q in wrapped_sig.parameters.values():
        if q.name in given:
            if q.kind is _POSITIONAL_ONLY:
                continue
            if q.kind is _POSITIONAL_OR_KEYWORD:
                if q.name not in pkw:
                    continue
                keyword_from_here = True
                q = q.replace(default=given[q.name])
            elif q.kind is _KEYWORD_ONLY:
                q = q.replace(default=given[q.name])
        if keyword_from_here and q.kind is not _VAR_POSITIONAL:
            if q.kind is _POSITIONAL_OR_KEYWORD:
                q = q.replace(kind=_KEYWORD_ONLY)
            back.append(q)
        else:
            front.append(q)
    return wrapped_sig.replace(parameters=front + back)


def _signature_from_callable(obj, *, follow_wrapper_chains=True,
                             skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False, sigcls):
    def inner(target):
        return _signature_from_callable(
            target, follow_wrapper_chains=follow_wrapper_chains,
            skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
            sigcls=sigcls, eval_str=eval_str)

    def bound(sig):
        return _signature_bound_method(sig) if skip_bound_arg else sig

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        return bound(inner(obj.__func__))
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return inner(obj)
    given = getattr(obj, '__signature__', None)
    if given is not None:
        if not isinstance(given, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(given))
        return given
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)
    if isinstance(obj, functools.partial):
        return _signature_get_partial(inner(obj.func), obj)
    if isbuiltin(obj) or ismethoddescriptor(obj) or ismethodwrapper(obj):
        # minipy's built-ins carry no __text_signature__.
        raise ValueError("no signature found for builtin {!r}".format(obj))
    if isinstance(obj, type):
        # A metaclass __call__ decides; else the class's own __new__ or
        # __init__ (written in Python), seen as a bound method.
        meta_call = _lookup_in_mro(type(obj), '__call__')
        if meta_call is not None and meta_call is not type.__call__:
            return bound(inner(meta_call))
        for name in ('__new__', '__init__'):
            maker = _lookup_in_mro(obj, name)
            if isinstance(maker, staticmethod):
                maker = maker.__func__
            if maker is not None and (isfunction(maker) or isinstance(maker, classmethod) or
                                      isfunction(getattr(maker, '__func__', None))):
                return bound(inner(maker))
        plain = all(_lookup_in_mro(obj, n) is None for n in ('__new__', '__init__'))
        if plain and not any(b.__module__ == 'builtins' and b is not object for b in obj.__mro__):
            return sigcls([])
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = _lookup_in_mro(type(obj), '__call__')
    if call is None:
        raise ValueError('callable {!r} is not supported by signature'.format(obj))
    try:
        return bound(inner(call))
    except ValueError as ex:
        raise ValueError('no signature found for {!r}'.format(obj)) from ex


def _lookup_in_mro(cls, name):
    # The first definition of name in cls's MRO (type excluded).
    for base in cls.__mro__:
        if base is type or base is object:
            continue
        if name in base.__dict__:
            return base.__dict__[name]
    return None


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False, sigcls=Signature,
                                       eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    by_kind = {kind: [q for q in sig.parameters.values() if q.kind == kind]
               for kind in _ParameterKind}
    positional = by_kind[_POSITIONAL_ONLY] + by_kind[_POSITIONAL_OR_KEYWORD]
    defaults = tuple(q.default for q in positional if q.default is not _empty)
    kwdefaults = {q.name: q.default for q in by_kind[_KEYWORD_ONLY] if q.default is not _empty}
    notes = {}
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    notes.update((q.name, q.annotation) for q in sig.parameters.values()
                 if q.annotation is not _empty)
    star = by_kind[_VAR_POSITIONAL]
    dstar = by_kind[_VAR_KEYWORD]
    return FullArgSpec([q.name for q in positional], star[0].name if star else None,
                       dstar[0].name if dstar else None, defaults or None,
                       [q.name for q in by_kind[_KEYWORD_ONLY]], kwdefaults or None, notes)


def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    count = len(names)
    if count == 1:
        listed = names[0]
    elif count == 2:
        listed = "{} and {}".format(*names)
    else:
        listed = ", ".join(names[:-2]) + ", {} and {}".format(*names[-2:])
    raise TypeError("%s() missing %i required %s argument%s: %s" %
                    (f_name, count, "positional" if pos else "keyword-only",
                     "" if count == 1 else "s", listed))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = "at least %d" % (atleast,)
    elif defcount:
        plural = True
        sig = "from %d to %d" % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ""
    if kwonly_given:
        kwonly_sig = (" positional argument%s (and %d keyword-only argument%s)" %
                      ("s" if given != 1 else "", kwonly_given,
                       "s" if kwonly_given != 1 else ""))
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given" %
                    (f_name, sig, "s" if plural else "", given, kwonly_sig,
                     "was" if given == 1 and not kwonly_given else "were"))


def getcallargs(func, /, *positional, **named):
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = spec
    name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    given, wanted = len(positional), len(args)
    ndefaults = len(defaults) if defaults else 0
    shared = min(given, wanted)
    values.update(zip(args[:shared], positional[:shared]))
    if varargs:
        values[varargs] = tuple(positional[shared:])
    if varkw:
        values[varkw] = {}
    allowed = set(args + kwonlyargs)
    for key, value in named.items():
        if key not in allowed:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" % (name, key))
            values[varkw][key] = value
        elif key in values:
            raise TypeError("%s() got multiple values for argument %r" % (name, key))
        else:
            values[key] = value
    if given > wanted and not varargs:
        _too_many(name, args, kwonlyargs, varargs, ndefaults, given, values)
    if given < wanted:
        required = args[:wanted - ndefaults]
        if any(arg not in values for arg in required):
            _missing_arguments(name, required, True, values)
        for k, arg in enumerate(args[wanted - ndefaults:]):
            values.setdefault(arg, defaults[k])
    absent = 0
    for arg in kwonlyargs:
        if arg not in values:
            if kwonlydefaults and arg in kwonlydefaults:
                values[arg] = kwonlydefaults[arg]
            else:
                absent += 1
    if absent:
        _missing_arguments(name, kwonlyargs, False, values)
    return values


def getargvalues(frame):
    code = frame.f_code
    names = code.co_varnames
    nargs = code.co_argcount + code.co_kwonlyargcount
    args = list(names[:nargs])
    varargs = varkw = None
    if code.co_flags & CO_VARARGS:
        varargs = names[nargs]
        nargs += 1
    if code.co_flags & CO_VARKEYWORDS:
        varkw = names[nargs]
    return ArgInfo(args, varargs, varkw, frame.f_locals)


ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')
Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    out = []
    for name in dir(cls):
        owner = next((base for base in cls.__mro__ if name in base.__dict__), None)
        value = owner.__dict__[name] if owner is not None else getattr(cls, name)
        if isinstance(value, staticmethod):
            kind = "static method"
        elif isinstance(value, classmethod):
            kind = "class method"
        elif isinstance(value, property):
            kind = "property"
        else:
            kind = "method" if isroutine(value) else "data"
        out.append(Attribute(name, kind, owner, value))
    return out
`
