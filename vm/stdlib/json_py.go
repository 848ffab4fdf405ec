package stdlib

// json in Python, written for minipy: the encoder walks the value with
// nested generators (iterencode), the decoder is a recursive scanner that
// reports errors with CPython's messages and positions.

func init() {
	addFrozen("json", "", jsonSource)
}

const jsonSource = `"""JSON (JavaScript Object Notation) <https://json.org> encoding and decoding."""

__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__version__ = '2.0.9'

_INF = float('inf')


class JSONDecodeError(ValueError):
    """A ValueError with the position of a JSON syntax error (msg, doc,
    pos, lineno, colno)."""
    def __init__(self, msg, doc, pos):
        before = doc[:pos]
        line = before.count('\n') + 1
        col = len(before) - (before.rfind('\n') + 1) + 1
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, line, col, pos))
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, line, col

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


# ---- encoding ----

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
                  '\b': '\\b', '\f': '\\f'}


def _quote(s, ascii_only):
    out = ['"']
    for ch in s:
        esc = _SHORT_ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        code = ord(ch)
        if code < 0x20 or (ascii_only and code > 0x7e):
            if code > 0xffff:
                code -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
            else:
                out.append('\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        vars(self).update(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                          check_circular=check_circular, allow_nan=allow_nan,
                          sort_keys=sort_keys, indent=indent)
        if separators is not None or indent is not None:
            # With an indent, lines end after the commas: no trailing space.
            self.item_separator, self.key_separator = separators or (',', self.key_separator)
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ` + "`" + `` + "`" + `o` + "`" + `` + "`" + `, or calls the base implementation
        (to raise a ` + "`" + `` + "`" + `TypeError` + "`" + `` + "`" + `)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        return ''.join(self.iterencode(o, _one_shot=True))

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        active = {} if self.check_circular else None

        def scalar(o):
            if isinstance(o, str):
                return _quote(o, self.ensure_ascii)
            if o is None:
                return 'null'
            if o is True:
                return 'true'
            if o is False:
                return 'false'
            if isinstance(o, int):
                return int.__repr__(o)
            if isinstance(o, float):
                return self._float(o)
            return None

        def enter(o):
            if active is not None:
                if id(o) in active:
                    raise ValueError("Circular reference detected")
                active[id(o)] = o

        def leave(o):
            if active is not None:
                del active[id(o)]

        def walk(o, depth):
            text = scalar(o)
            if text is not None:
                yield text
            elif isinstance(o, (list, tuple)):
                yield from walk_list(o, depth)
            elif isinstance(o, dict):
                yield from walk_dict(o, depth)
            else:
                enter(o)
                yield from walk(self.default(o), depth)
                leave(o)

        def layout(depth):
            if indent is None:
                return None, self.item_separator
            inner = '\n' + indent * depth
            return inner, self.item_separator + inner

        def walk_list(seq, depth):
            if not seq:
                yield '[]'
                return
            enter(seq)
            first_gap, sep = layout(depth + 1)
            yield '[' if first_gap is None else '[' + first_gap
            for i, item in enumerate(seq):
                if i:
                    yield sep
                yield from walk(item, depth + 1)
            if first_gap is not None:
                yield '\n' + indent * depth
            yield ']'
            leave(seq)

        def key_text(key):
            if isinstance(key, str):
                return key
            if isinstance(key, float):
                return self._float(key)
            if key is True:
                return 'true'
            if key is False:
                return 'false'
            if key is None:
                return 'null'
            if isinstance(key, int):
                return int.__repr__(key)
            return None

        def walk_dict(d, depth):
            if not d:
                yield '{}'
                return
            enter(d)
            first_gap, sep = layout(depth + 1)
            yield '{' if first_gap is None else '{' + first_gap
            items = sorted(d.items()) if self.sort_keys else d.items()
            first = True
            for key, value in items:
                name = key_text(key)
                if name is None:
                    if self.skipkeys:
                        continue
                    raise TypeError(f'keys must be str, int, float, bool or None, '
                                    f'not {key.__class__.__name__}')
                if not first:
                    yield sep
                first = False
                yield _quote(name, self.ensure_ascii) + self.key_separator
                yield from walk(value, depth + 1)
            if first_gap is not None:
                yield '\n' + indent * depth
            yield '}'
            leave(d)

        return walk(o, 0)


# ---- decoding ----

_WS = ' \t\n\r'
_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder"""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        vars(self).update(object_hook=object_hook, object_pairs_hook=object_pairs_hook,
                          parse_float=parse_float or float, parse_int=parse_int or int,
                          parse_constant=parse_constant or _CONSTANTS.__getitem__,
                          strict=strict, memo={})

    def decode(self, s, _w=None):
        """Return the Python representation of ` + "`" + `` + "`" + `s` + "`" + `` + "`" + ` (a ` + "`" + `` + "`" + `str` + "`" + `` + "`" + ` instance
        containing a JSON document)."""
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ` + "`" + `` + "`" + `s` + "`" + `` + "`" + ` (a ` + "`" + `` + "`" + `str` + "`" + `` + "`" + ` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ` + "`" + `` + "`" + `s` + "`" + `` + "`" + ` where the document ended."""
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    @staticmethod
    def _skip(s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        for word, value in (('null', None), ('true', True), ('false', False)):
            if s.startswith(word, i):
                return value, i + len(word)
        for word in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(word, i):
                return self.parse_constant(word), i + len(word)
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and '1' <= s[j] <= '9':
            while j < n and s[j].isdigit() and s[j] in '0123456789':
                j += 1
        else:
            raise StopIteration(i)
        integral_end = j
        if j + 1 < n and s[j] == '.' and s[j + 1] in '0123456789':
            j += 2
            while j < n and s[j] in '0123456789':
                j += 1
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in '0123456789':
                while k < n and s[k] in '0123456789':
                    k += 1
                j = k
        if j == integral_end:
            return self.parse_int(s[i:j]), j
        return self.parse_float(s[i:j]), j

    def _string(self, s, i):
        start = i - 1
        n = len(s)
        parts = []
        while True:
            j = i
            while j < n and s[j] not in '"\\' and (s[j] >= ' ' or not self.strict):
                j += 1
            parts.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, start)
            c = s[j]
            if c == '"':
                return ''.join(parts), j + 1
            if c != '\\':
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, start)
            e = s[j + 1]
            if e != 'u':
                if e not in _ESCAPES:
                    raise JSONDecodeError("Invalid \\escape", s, j)
                parts.append(_ESCAPES[e])
                i = j + 2
                continue
            code = self._hex4(s, j + 2)
            i = j + 6
            if 0xd800 <= code <= 0xdbff and s.startswith('\\u', i):
                low = self._hex4(s, i + 2)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    i += 6
            parts.append(chr(code))

    @staticmethod
    def _hex4(s, i):
        digits = s[i:i + 4]
        if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
            return int(digits, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)

    def _object(self, s, i):
        start = i - 1
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            key = self.memo.setdefault(key, key)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        made = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(made)
        return made

    def _array(self, s, i):
        items = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return items, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            items.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ']':
                return items, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)


_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(cls, options, kw):
    # The shared encoder when every option has its default value.
    if cls is None and not kw and options == _ENCODE_DEFAULTS:
        return _default_encoder
    return (cls or JSONEncoder)(**options, **kw)


_ENCODE_DEFAULTS = dict(skipkeys=False, ensure_ascii=True, check_circular=True,
                        allow_nan=True, indent=None, separators=None,
                        default=None, sort_keys=False)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    return _encoder(cls, options, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a
    .write()-supporting file-like object)."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    for chunk in _encoder(cls, options, kw).iterencode(obj):
        fp.write(chunk)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray instance
    containing a JSON document) to a Python object."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    elif s[:1] == '\ufeff':
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    hooks = {name: fn for name, fn in (
        ('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
        ('parse_float', parse_float), ('parse_int', parse_int),
        ('parse_constant', parse_constant)) if fn is not None}
    if cls is None and not hooks and not kw:
        return _default_decoder.decode(s)
    return (cls or JSONDecoder)(**hooks, **kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object containing
    a JSON document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
`
