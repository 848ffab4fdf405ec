package stdlib

// html in Python, written for minipy: escape, and unescape over the
// generated entity table of html.entities (textmods_tables_py.go). The
// character-reference rules are HTML5's: numeric references in the C1
// range read as windows-1252, surrogates and out-of-range numbers become
// U+FFFD, a handful of code points vanish, and a named reference without
// its semicolon matches the longest entity name that prefixes it.

func init() {
	addFrozen("html", "\nGeneral functions for HTML manipulation.\n", htmlSource)
}

const htmlSource = `
import re as _re

__path__ = []
__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# windows-1252 for the numeric references 0x80-0x9f (undefined slots map
# to themselves), plus NUL and CR.
_CP1252_C1 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030'
              '\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d'
              '\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')


def _dropped(cp):
    # Control characters and noncharacters that a reference cannot produce.
    if 0x1 <= cp <= 0x8 or cp == 0xb or 0xe <= cp <= 0x1f or 0x7f <= cp <= 0x9f:
        return True
    if 0xfdd0 <= cp <= 0xfdef:
        return True
    return (cp & 0xfffe) == 0xfffe


_html5 = None
_ref = _re.compile(r'&(#[0-9]+;?'
                   r'|#[xX][0-9a-fA-F]+;?'
                   r'|[^\t\n\f <&#;]{1,32};?)')


def _numeric(body):
    if body[1] in 'xX':
        cp = int(body[2:].rstrip(';'), 16)
    else:
        cp = int(body[1:].rstrip(';'))
    if 0x80 <= cp <= 0x9f:
        return _CP1252_C1[cp - 0x80]
    if cp == 0:
        return '\ufffd'
    if cp == 0xd:
        return '\r'
    if 0xd800 <= cp <= 0xdfff or cp > 0x10ffff:
        return '\ufffd'
    if _dropped(cp):
        return ''
    return chr(cp)


def _replace(m):
    body = m.group(1)
    if body[0] == '#':
        return _numeric(body)
    table = _html5
    if body in table:
        return table[body]
    for n in range(len(body) - 1, 1, -1):
        if body[:n] in table:
            return table[body[:n]] + body[n:]
    return '&' + body


def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    global _html5
    if '&' not in s:
        return s
    if _html5 is None:
        from html.entities import html5
        _html5 = html5
    return _ref.sub(_replace, s)
`
