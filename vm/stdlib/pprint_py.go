package stdlib

// pprint in Python, written for minipy: a PrettyPrinter writes an
// object's one-line repr when it fits the width, else the wrapper its
// type's __repr__ selects (dicts, lists, tuples, sets, strings and
// bytes cut at word or 4-byte boundaries, the collections types,
// SimpleNamespace, dataclasses), with 3.11's line-breaking rules.

func init() {
	addFrozen("pprint", "Support to pretty-print lists, tuples, & dictionaries recursively.\n\nVery simple, but useful, especially in debugging data structures.\n\nClasses\n-------\n\nPrettyPrinter()\n    Handle pretty-printing operations onto a stream using a configured\n    set of formatting parameters.\n\nFunctions\n---------\n\npformat()\n    Format a Python object into a pretty-printed representation.\n\npprint()\n    Pretty-print a Python object to a stream [default is sys.stdout].\n\nsaferepr()\n    Generate a 'standard' repr()-like value, but protect against recursive\n    data structures.\n\n", pprintSource)
}

const pprintSource = `
import collections as _collections
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    # Orders anything: by value when the values compare, otherwise by
    # type name and identity (mixed-type dict keys and set members).
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


def _words(line):
    # The line cut after each run of whitespace: non-space then space.
    out = []
    i, n = 0, len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        out.append(line[i:j])
        i = j
    return out


def _fill(pieces, width, last_allowance, render):
    # Greedily join pieces into chunks whose rendering fits width; the
    # last piece must also leave room for last_allowance.
    chunks = []
    current = None
    for k, piece in enumerate(pieces):
        if k == len(pieces) - 1:
            width -= last_allowance
        candidate = piece if current is None else current + piece
        if len(render(candidate)) > width:
            if current:
                chunks.append(render(current))
            current = piece
        else:
            current = candidate
    if current:
        chunks.append(render(current))
    return chunks


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Pretty-printing with the given layout parameters; output goes
        to stream, or to the sys.stdout of construction time."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._maxdepth = depth
        self._step = indent
        self._cols = width
        self._out = stream if stream is not None else _sys.stdout
        self._pack = bool(compact)
        self._sorted = sort_dicts
        self._underscores = underscore_numbers

    def pprint(self, object):
        if self._out is not None:
            self._format(object, self._out, 0, 0, {}, 0)
            self._out.write("\n")

    def pformat(self, object):
        buf = _StringIO()
        self._format(object, buf, 0, 0, {}, 0)
        return buf.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object, nested containers
        shown to maxlevels levels; subclasses may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- the layout: one line when the repr fits, else a type's wrapper

    def _format(self, obj, out, indent, allowance, context, level):
        key = id(obj)
        if key in context:
            out.write(_recursion(obj))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(obj, context, level)
        if len(rep) > self._cols - indent - allowance:
            wrapper = self._dispatch.get(type(obj).__repr__)
            if wrapper is None and self._is_plain_dataclass(obj):
                wrapper = PrettyPrinter._pprint_dataclass
            if wrapper is not None:
                context[key] = 1
                wrapper(self, obj, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.write(rep)

    @staticmethod
    def _is_plain_dataclass(obj):
        # A dataclass instance whose repr is the generated one.
        # A dataclass has __dataclass_fields__ (dataclasses is imported
        # only when one is printed).
        if isinstance(obj, type) or not hasattr(type(obj), '__dataclass_fields__'):
            return False
        if not obj.__dataclass_params__.repr:
            return False
        shown = obj.__repr__
        if getattr(shown, '_dataclass_repr', False):
            return True
        inner = getattr(shown, '__wrapped__', None)
        return inner is not None and '__create_fn__' in inner.__qualname__

    def _pprint_dataclass(self, obj, out, indent, allowance, context, level):
        name = type(obj).__name__
        import dataclasses
        fields = [(f.name, getattr(obj, f.name))
                  for f in dataclasses.fields(obj) if f.repr]
        out.write(name + '(')
        self._format_namespace_items(fields, out, indent + len(name) + 1,
                                     allowance, context, level)
        out.write(')')

    _dispatch = {}

    def _pprint_dict(self, obj, out, indent, allowance, context, level):
        out.write('{' + ' ' * max(self._step - 1, 0))
        if obj:
            items = obj.items()
            if self._sorted:
                items = sorted(items, key=_safe_tuple)
            self._format_dict_items(items, out, indent, allowance + 1,
                                    context, level)
        out.write('}')

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '(')
        self._format(list(obj.items()), out, indent + len(name) + 1,
                     allowance + 1, context, level)
        out.write(')')

    _dispatch[_collections.OrderedDict.__repr__] = _pprint_ordered_dict

    def _pprint_list(self, obj, out, indent, allowance, context, level):
        out.write('[')
        self._format_items(obj, out, indent, allowance + 1, context, level)
        out.write(']')

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, obj, out, indent, allowance, context, level):
        close = ',)' if len(obj) == 1 else ')'
        out.write('(')
        self._format_items(obj, out, indent, allowance + len(close),
                           context, level)
        out.write(close)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        cls = type(obj)
        if cls is set:
            opening, close = '{', '}'
        else:
            opening, close = cls.__name__ + '({', '})'
            indent += len(cls.__name__) + 1
        out.write(opening)
        self._format_items(sorted(obj, key=_safe_key), out, indent,
                           allowance + len(close), context, level)
        out.write(close)

    _dispatch[set.__repr__] = _pprint_set
    _dispatch[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        if level == 1:
            # At top level the pieces go in parentheses.
            indent += 1
            allowance += 1
        width = self._cols - indent
        lines = obj.splitlines(True)
        chunks = []
        for k, line in enumerate(lines):
            last = k == len(lines) - 1
            rep = repr(line)
            if len(rep) <= width - (allowance if last else 0):
                chunks.append(rep)
            else:
                chunks.extend(_fill(_words(line), width,
                                    allowance if last else 0, repr))
        if len(chunks) == 1:
            out.write(rep)
            return
        self._write_chunks(chunks, out, indent, level == 1)

    _dispatch[str.__repr__] = _pprint_str

    @staticmethod
    def _write_chunks(chunks, out, indent, parens):
        if parens:
            out.write('(')
        out.write(('\n' + ' ' * indent).join(chunks))
        if parens:
            out.write(')')

    def _pprint_bytes(self, obj, out, indent, allowance, context, level):
        if len(obj) <= 4:
            out.write(repr(obj))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
        quads = [obj[k:k + 4] for k in range(0, len(obj), 4)]
        chunks = _fill(quads, self._cols - indent, allowance, repr)
        self._write_chunks(chunks, out, indent, parens)

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, obj, out, indent, allowance, context, level):
        out.write('bytearray(')
        self._pprint_bytes(bytes(obj), out, indent + 10,
                           allowance + 1, context, level + 1)
        out.write(')')

    _dispatch[bytearray.__repr__] = _pprint_bytearray

    def _pprint_mappingproxy(self, obj, out, indent, allowance, context, level):
        out.write('mappingproxy(')
        self._format(obj.copy(), out, indent + 13, allowance + 1,
                     context, level)
        out.write(')')

    _dispatch[_types.MappingProxyType.__repr__] = _pprint_mappingproxy

    def _pprint_simplenamespace(self, obj, out, indent, allowance, context, level):
        name = 'namespace' if type(obj) is _types.SimpleNamespace \
            else type(obj).__name__
        out.write(name + '(')
        self._format_namespace_items(list(obj.__dict__.items()), out,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        out.write(')')

    _dispatch[_types.SimpleNamespace.__repr__] = _pprint_simplenamespace

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        indent += self._step
        sep = ',\n' + ' ' * indent
        items = list(items)
        for k, (key, value) in enumerate(items):
            last = k == len(items) - 1
            rep = self._repr(key, context, level)
            out.write(rep + ': ')
            self._format(value, out, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                out.write(sep)

    def _format_namespace_items(self, items, out, indent, allowance, context, level):
        sep = ',\n' + ' ' * indent
        for k, (key, value) in enumerate(items):
            last = k == len(items) - 1
            out.write(key + '=')
            if id(value) in context:
                out.write('...')
            else:
                self._format(value, out, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                out.write(sep)

    def _format_items(self, items, out, indent, allowance, context, level):
        indent += self._step
        if self._step > 1:
            out.write(' ' * (self._step - 1))
        newline = ',\n' + ' ' * indent
        items = list(items)
        room = full = self._cols - indent + 1
        sep = ''
        for k, item in enumerate(items):
            last = k == len(items) - 1
            if last:
                room -= allowance
                full -= allowance
            if self._pack:
                # Pack short reprs on a line while they fit.
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    out.write(sep + rep)
                    sep = ', '
                    continue
            out.write(sep)
            sep = newline
            self._format(item, out, indent, allowance if last else 1,
                         context, level)

    def _repr(self, obj, context, level):
        rep, readable, recursive = self.format(obj, context.copy(),
                                               self._maxdepth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _pprint_default_dict(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        factory = self._repr(obj.default_factory, context, level)
        name = type(obj).__name__
        indent += len(name) + 1
        out.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(obj, out, indent, allowance + 1, context, level)
        out.write(')')

    _dispatch[_collections.defaultdict.__repr__] = _pprint_default_dict

    def _pprint_counter(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '({' + ' ' * max(self._step - 1, 0))
        self._format_dict_items(obj.most_common(), out,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        out.write('})')

    _dispatch[_collections.Counter.__repr__] = _pprint_counter

    def _pprint_chain_map(self, obj, out, indent, allowance, context, level):
        if not obj.maps:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '(')
        indent += len(name) + 1
        maps = obj.maps
        for k, m in enumerate(maps):
            if k == len(maps) - 1:
                self._format(m, out, indent, allowance + 1, context, level)
                out.write(')')
            else:
                self._format(m, out, indent, 1, context, level)
                out.write(',\n' + ' ' * indent)

    _dispatch[_collections.ChainMap.__repr__] = _pprint_chain_map

    def _pprint_deque(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '([')
        indent += len(name) + 1
        if obj.maxlen is None:
            self._format_items(obj, out, indent, allowance + 2, context, level)
            out.write('])')
        else:
            self._format_items(obj, out, indent, 2, context, level)
            limit = self._repr(obj.maxlen, context, level)
            out.write('],\n%smaxlen=%s)' % (' ' * indent, limit))

    _dispatch[_collections.deque.__repr__] = _pprint_deque

    def _pprint_user_wrapper(self, obj, out, indent, allowance, context, level):
        self._format(obj.data, out, indent, allowance, context, level - 1)

    _dispatch[_collections.UserDict.__repr__] = _pprint_user_wrapper
    _dispatch[_collections.UserList.__repr__] = _pprint_user_wrapper
    _dispatch[_collections.UserString.__repr__] = _pprint_user_wrapper

    # ---- one-line reprs that survive recursion and respect depth

    def _safe_repr(self, obj, context, maxlevels, level):
        cls = type(obj)
        if cls in _SCALARS:
            return repr(obj), True, False
        own = getattr(cls, '__repr__', None)
        if issubclass(cls, int) and own is int.__repr__:
            if self._underscores:
                return f"{obj:_d}", True, False
            return repr(obj), True, False
        if issubclass(cls, dict) and own is dict.__repr__:
            if not obj:
                return '{}', True, False
            pattern = '{%s}'
            items = obj.items()
            if self._sorted:
                items = sorted(items, key=_safe_tuple)
            pieces = [piece for pair in items for piece in pair]
            pair_up = True
        elif ((issubclass(cls, list) and own is list.__repr__) or
              (issubclass(cls, tuple) and own is tuple.__repr__)):
            if issubclass(cls, list):
                pattern = '[%s]'
            elif len(obj) == 1:
                pattern = '(%s,)'
            else:
                pattern = '(%s)'
            if not obj:
                return pattern % '', True, False
            pieces = obj
            pair_up = False
        else:
            rep = repr(obj)
            return rep, bool(rep and not rep.startswith('<')), False
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return pattern % '...', False, key in context
        if key in context:
            return _recursion(obj), False, True
        context[key] = 1
        readable, recursive = True, False
        reps = []
        for piece in pieces:
            rep, ok, rec = self.format(piece, context, maxlevels, level + 1)
            reps.append(rep)
            readable = readable and ok
            recursive = recursive or rec
        del context[key]
        if pair_up:
            reps = ['%s: %s' % (reps[k], reps[k + 1]) for k in range(0, len(reps), 2)]
        return pattern % ', '.join(reps), readable, recursive
`
