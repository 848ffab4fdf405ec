package stdlib

// string in Python, written for minipy. Template's placeholders are a
// regular expression built per class from delimiter, idpattern,
// braceidpattern and flags (or the class's own pattern), as CPython's.

func init() {
	addFrozen("string", "A collection of string constants.\n\nPublic module variables:\n\nwhitespace -- a string containing all ASCII whitespace\nascii_lowercase -- a string containing all ASCII lowercase letters\nascii_uppercase -- a string containing all ASCII uppercase letters\nascii_letters -- a string containing all ASCII letters\ndigits -- a string containing all ASCII decimal digits\nhexdigits -- a string containing all ASCII hexadecimal digits\noctdigits -- a string containing all ASCII octal digits\npunctuation -- a string containing all ASCII punctuation characters\nprintable -- a string containing all ASCII characters considered printable\n\n", stringSource)
}

const stringSource = `
__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = ''.join(map(chr, range(97, 123)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = ''.join(map(str, range(10)))
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
octdigits = digits[:8]
punctuation = ''.join(c for c in map(chr, range(33, 127)) if not c.isalnum())
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string: split s into words, capitalize each,
    and join them again (with sep, or a single space)."""
    words = s.split(sep)
    return (' ' if sep is None else sep).join(map(str.capitalize, words))


_sentinel_dict = {}


def _layered(mapping, kws):
    # Template lookups: keywords first, then the mapping.
    if mapping is _sentinel_dict:
        return kws
    if not kws:
        return mapping
    class Both:
        def __getitem__(self, key):
            return kws[key] if key in kws else mapping[key]
    return Both()


import re as _re


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        # A class may give its whole pattern; otherwise it is made of the
        # four alternatives after the delimiter, with these group names.
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            d = _re.escape(cls.delimiter)
            source = (d + '(?:(?P<escaped>' + d + ')|(?P<named>' + cls.idpattern +
                      r')|\{(?P<braced>' + (cls.braceidpattern or cls.idpattern) +
                      r')\}|(?P<invalid>))')
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        at = mo.start('invalid')
        rows = self.template[:at].splitlines(keepends=True)
        line, col = (len(rows), at - len(''.join(rows[:-1]))) if rows else (1, 1)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (line, col))

    def _fill(self, mapping, kws, safe):
        lookup = _layered(mapping, kws)

        def one(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if not safe:
                    return str(lookup[name])
                try:
                    return str(lookup[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(one, self.template)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._fill(mapping, kws, True)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if mo.group('named') is None and mo.group('braced') is None \
                    and mo.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return True

    def get_identifiers(self):
        names = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if name not in names:
                    names.append(name)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return names


Template.__init_subclass__()


def _parse_format(s):
    # The tuples of Formatter.parse: (literal, field, spec, conversion).
    text = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == '}':
            if s.startswith('}', i + 1):
                text.append('}')
                yield ''.join(text), None, None, None
                text = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            text.append(c)
            i += 1
            continue
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        if s[i + 1] == '{':
            text.append('{')
            yield ''.join(text), None, None, None
            text = []
            i += 2
            continue
        depth, j = 1, i + 1
        while j < n and depth:
            depth += {'{': 1, '}': -1}.get(s[j], 0)
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        yield (''.join(text), *_split_field(s[i + 1:j - 1]))
        text = []
        i = j
    if text:
        yield ''.join(text), None, None, None


def _split_field(field):
    # 'name!r:spec' -> ('name', 'spec', 'r'); brackets protect ! and :.
    depth = 0
    for k, ch in enumerate(field):
        depth += {'[': 1, ']': -1}.get(ch, 0)
        if depth == 0 and ch in '!:':
            break
    else:
        return field, '', None
    name, rest = field[:k], field[k:]
    conversion = None
    if rest[0] == '!':
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion, rest = rest[1], rest[2:]
        if rest and rest[0] != ':':
            raise ValueError("expected ':' after conversion specifier")
    return name, rest[1:], conversion


def _field_path(name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])
    cut = min([p for p in (name.find('.'), name.find('[')) if p >= 0] or [len(name)])
    head, rest = name[:cut], name[cut:]
    steps = []
    while rest:
        if rest[0] == '.':
            cut = min([p for p in (rest.find('.', 1), rest.find('[', 1)) if p >= 0] or [len(rest)])
            attr, rest = rest[1:cut], rest[cut:]
            if not attr:
                raise ValueError("Empty attribute in format string")
            steps.append((True, attr))
            continue
        close = rest.find(']')
        if close < 0:
            raise ValueError("Missing ']' in format string")
        key, rest = rest[1:close], rest[close + 1:]
        if not key:
            raise ValueError("Empty attribute in format string")
        steps.append((False, int(key) if key.isdigit() else key))
        if rest and rest[0] not in '.[':
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return (int(head) if head.isdigit() else head), steps


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        text, _ = self._vformat(format_string, args, kwargs, seen, 2)
        self.check_unused_args(seen, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index: the next automatic field number, or False once
        # fields were numbered by hand.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        counter = auto_arg_index
        for literal, field, spec, conversion in self.parse(format_string):
            out.append(literal)
            if field is None:
                continue
            manual = field != ''
            if manual and field.isdigit():
                if counter:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                counter = False
            elif not manual:
                if counter is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field, counter = str(counter), counter + 1
            value, key = self.get_field(field, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, counter = self._vformat(spec, args, kwargs, used_args,
                                          recursion_depth - 1, auto_arg_index=counter)
            out.append(self.format_field(value, spec))
        return ''.join(out), counter

    def get_value(self, key, args, kwargs):
        return (args if isinstance(key, int) else kwargs)[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        converters = {None: lambda v: v, 's': str, 'r': repr, 'a': ascii}
        if conversion not in converters:
            raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
        return converters[conversion](value)

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, steps = _field_path(field_name)
        value = self.get_value(first, args, kwargs)
        for by_attr, key in steps:
            value = getattr(value, key) if by_attr else value[key]
        return value, first
`
