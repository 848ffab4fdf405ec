package stdlib

// The Python half of re, written for minipy: the flag enum, re.error, the
// compile cache and the module-level functions. Pattern and Match are Go
// types (re.go); matching is lang/regex.

func init() {
	addFrozen("re", "Support for regular expressions (RE).\n\nThis module provides regular expression matching operations similar to\nthose found in Perl.  It supports both 8-bit and Unicode strings; both\nthe pattern and the strings being processed can contain null bytes and\ncharacters outside the US ASCII range.\n", reSource)
}

const reSource = `
import enum as _enum
import _re
from _re import Pattern, Match

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(_enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = self._value_
        if value == 0:
            return 're.NOFLAG'
        names = []
        rest = value if value >= 0 else value & _ALL_FLAGS
        for name, bit in _FLAG_ORDER:
            if rest & bit:
                names.append('re.' + name)
                rest &= ~bit
        if rest:
            names.append(hex(rest))
        if value < 0:
            return '~(%s)' % '|'.join(names)
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(self._value_, spec)
        return repr(self)

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~self._value_)


_FLAG_ORDER = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
               ('DEBUG', 128)]
_ALL_FLAGS = 511

NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        line = col = None
        text = msg
        if pos is not None and pattern is not None:
            nl = '\n' if isinstance(pattern, str) else b'\n'
            line = 1 + pattern.count(nl, 0, pos)
            col = pos - pattern.rfind(nl, 0, pos)
            text = f'{msg} at position {pos}'
            if pattern.find(nl) >= 0:
                text += f' (line {line}, column {col})'
        self.lineno, self.colno = line, col
        super().__init__(text)


_cache = {}
_CACHE_SIZE = 512


def _get(pattern, flags):
    # The compiled pattern for (pattern, flags), from the cache when it
    # was compiled before.
    if type(flags) is RegexFlag:
        flags = flags._value_
    key = (type(pattern), pattern, flags)
    found = _cache.get(key)
    if found is not None:
        return found
    if type(pattern) is Pattern:
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = _re.compile(pattern, flags)
    if flags & DEBUG == 0:
        while len(_cache) >= _CACHE_SIZE:
            # The oldest entry goes first (a dict keeps insertion order).
            _cache.pop(next(iter(_cache)))
        _cache[key] = compiled
    return compiled


def match(pattern, string, flags=0):
    "Match pattern at the start of string: a Match, or None."
    return _get(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Match pattern against the whole of string: a Match, or None."
    return _get(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "The first match of pattern anywhere in string: a Match, or None."
    return _get(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the leftmost non-overlapping matches of pattern replaced
    by repl: a template (with \\1, \\g<name>) or a function of the Match."""
    return _get(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "As sub, but the result is (new string, number of replacements)."
    return _get(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The pieces of string between the matches of pattern (with the
    groups' text, when the pattern has groups), at most maxsplit splits."""
    return _get(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match in string: the text matched, the one
    group's text, or a tuple of the groups' texts."""
    return _get(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "An iterator over the Match of every non-overlapping match in string."
    return _get(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "The Pattern object of a regular expression."
    return _get(pattern, flags)


def purge():
    "Empty the cache of compiled patterns."
    _cache.clear()


def template(pattern, flags=0):
    "Deprecated: compile with the TEMPLATE flag."
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _get(pattern, flags | T)


# Pickles name re._compile (CPython's reduction of a Pattern).
_compile = _get


def _reduce_pattern(p):
    return _compile, (p.pattern, p.flags)


import copyreg as _copyreg
_copyreg.pickle(Pattern, _reduce_pattern, _compile)

_ESCAPED = {c: '\\' + chr(c) for c in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    "pattern with a backslash before each character special in a regular expression."
    if type(pattern) is bytes:
        return pattern.decode('latin1').translate(_ESCAPED).encode('latin1')
    return pattern.translate(_ESCAPED)


class Scanner:
    # Undocumented in CPython, used by some programs: a lexicon of
    # (pattern, action) pairs scanned as one alternation.
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        number = 1
        for text, what in lexicon:
            parts.append('(' + text + ')')
            self._actions[number] = what
            number += compile(text, flags).groups + 1
        self.scanner = compile('|'.join(parts), flags)

    def scan(self, string):
        found = []
        at = 0
        while True:
            m = self.scanner.match(string, at)
            if m is None or m.end() == at:
                break
            what = self._actions[m.lastindex]
            if callable(what):
                self.match = m
                what = what(self, m.group())
            if what is not None:
                found.append(what)
            at = m.end()
        return found, string[at:]
`
