package stdlib

// fnmatch in Python, written for minipy over the re module: a shell
// pattern becomes a regular expression (translate gives CPython 3.11's
// text, so that programs printing it agree), compiled once per pattern.

func init() {
	addFrozen("fnmatch", "Filename matching with shell patterns.\n\nfnmatch(FILENAME, PATTERN) matches according to the local convention.\nfnmatchcase(FILENAME, PATTERN) always takes case in account.\n\nThe functions operate by translating the pattern into a regular\nexpression.  They cache the compiled regular expressions for speed.\n\nThe function translate(PATTERN) returns a regular expression\ncorresponding to PATTERN.  (It does not compile it.)\n", fnmatchSource)
}

const fnmatchSource = `
import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def _identity(name):
    return name


# POSIX paths keep their case; os.path.normcase says so where it exists.
_normcase = getattr(os.path, 'normcase', _identity)

_compiled = {}


def _matcher(pat):
    try:
        return _compiled[pat]
    except KeyError:
        pass
    if isinstance(pat, bytes):
        text = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
    else:
        text = translate(pat)
    m = re.compile(text).match
    if len(_compiled) >= 32768:
        _compiled.clear()
    _compiled[pat] = m
    return m


def fnmatch(name, pat):
    """Whether name matches the shell pattern pat: * matches any run of
    characters, ? one character, [seq] one character in seq, [!seq] one
    character not in seq. Both are case-normalized first where the system
    ignores case (not on POSIX); fnmatchcase never does."""
    return fnmatchcase(_normcase(name), _normcase(pat))


def filter(names, pat):
    "The names (of any iterable) that match the shell pattern pat."
    match = _matcher(_normcase(pat))
    return [name for name in names if match(_normcase(name))]


def fnmatchcase(name, pat):
    "Whether name matches the shell pattern pat, case included."
    return _matcher(pat)(name) is not None


_STAR = None  # a '*' among the translated pieces


def _bracket(pat, start, end):
    """The class for pat[start:end] (the text between '[' and ']')."""
    body = pat[start:end]
    if '-' in body:
        # Split at the hyphens that make ranges (not one right after '[',
        # '[!' or another range), drop the ranges that are empty, and
        # escape the hyphens left literal.
        pieces = []
        lo = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[lo:k])
            lo = k + 1
            k += 3
        rest = pat[lo:end]
        if rest:
            pieces.append(rest)
        else:
            pieces[-1] += '-'
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    else:
        body = body.replace('\\', r'\\')
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in '^[':
        return '[\\' + body + ']'
    return '[' + body + ']'


def translate(pat):
    "The regular expression (text) of a shell pattern; meta-characters cannot be quoted."
    pieces = []
    i = 0
    size = len(pat)
    while i < size:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
            continue
        if c == '?':
            pieces.append('.')
            continue
        if c != '[':
            pieces.append(re.escape(c))
            continue
        # The class ends at the first ']' after an optional '!' and an
        # optional ']' (both part of it).
        j = i + (pat[i:i + 1] == '!')
        j += pat[j:j + 1] == ']'
        j = pat.find(']', j)
        if j < 0:
            pieces.append('\\[')
        else:
            pieces.append(_bracket(pat, i, j))
            i = j + 1
    # Text before the first star is anchored as is; each star followed by
    # more stars is an atomic lazy scan to the text that follows it (no
    # backtracking across several stars); the last star is greedy.
    out = []
    k = 0
    while k < len(pieces) and pieces[k] is not _STAR:
        out.append(pieces[k])
        k += 1
    while k < len(pieces):
        k += 1  # the star
        fixed = []
        while k < len(pieces) and pieces[k] is not _STAR:
            fixed.append(pieces[k])
            k += 1
        if k < len(pieces):
            out.append('(?>.*?' + ''.join(fixed) + ')')
        else:
            out.append('.*' + ''.join(fixed))
    return '(?s:' + ''.join(out) + ')\\Z'
`
