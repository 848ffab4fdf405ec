package stdlib

// locale in Python, written for minipy: the C library's locale is not
// touched; the module keeps, per category, the name setlocale() would
// report, and accepts the locales this kind of machine has (C, POSIX,
// C.UTF-8), which all format numbers by the C conventions. The alias
// tables and langinfo constants come from python3 (locale_tables_py.go,
// tools/gen_locale_tables.py).

func init() {
	addFrozen("locale", "Locale support module.\n\nThe module provides low-level access to the C lib's locale APIs and adds high\nlevel number formatting APIs as well as a locale aliasing engine to complement\nthese.\n\nThe aliasing engine includes support for many commonly used locale names and\nmaps them to values suitable for passing to the C lib's setlocale() function. It\nalso includes default encodings for all supported locale names.\n", localeSource)
}

const localeSource = `
import os
import sys
import _locale_data

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_str = str

CHAR_MAX = 127
globals().update(_locale_data.categories)
globals().update({k: v[0] for k, v in _locale_data.langinfo.items()})
locale_alias = _locale_data.locale_alias
locale_encoding_alias = _locale_data.locale_encoding_alias
windows_locale = _locale_data.windows_locale


class Error(Exception):
    pass


# minipy runs in the C library's "C" conventions; the locales this
# machine offers (C, POSIX, C.UTF-8) all have them. The state is the
# name set for each category, as setlocale() reports it; at start-up
# LC_CTYPE follows the environment, as CPython arranges.

_CATEGORY_ORDER = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE',
                   'LC_MONETARY', 'LC_MESSAGES')
_GLIBC_EXTRA = ('LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
                'LC_MEASUREMENT', 'LC_IDENTIFICATION')
_NAMES = {_locale_data.categories[n]: n for n in _CATEGORY_ORDER}
_KNOWN = {'C', 'POSIX', 'C.UTF-8', 'C.utf8'}


def _from_environment(category_name):
    for var in ('LC_ALL', category_name, 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


def _canonical(name):
    return 'C' if name == 'POSIX' else name


_current = {n: 'C' for n in _CATEGORY_ORDER + _GLIBC_EXTRA}
_current['LC_CTYPE'] = _canonical(_from_environment('LC_CTYPE'))
if _current['LC_CTYPE'] not in _KNOWN:
    _current['LC_CTYPE'] = 'C'


def _query(category):
    if category == LC_ALL:
        names = [_current[n] for n in _CATEGORY_ORDER + _GLIBC_EXTRA]
        if len(set(names)) == 1:
            return names[0]
        return ';'.join('%s=%s' % (n, _current[n])
                        for n in _CATEGORY_ORDER + _GLIBC_EXTRA)
    return _current[_NAMES[category]]


def _conventions():
    return {'int_curr_symbol': '', 'currency_symbol': '',
            'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
            'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def localeconv():
    return _conventions()


def _set(category, name):
    if not isinstance(category, int):
        raise TypeError("an integer is required (got type %s)" % type(category).__name__)
    if category != LC_ALL and category not in _NAMES:
        raise Error("unsupported locale setting")
    if name is None:
        return _query(category)
    if not isinstance(name, _str):
        name = _build_localename(name)
    targets = (_CATEGORY_ORDER + _GLIBC_EXTRA if category == LC_ALL
               else (_NAMES[category],))
    chosen = {}
    for cat in targets:
        value = name or _from_environment(cat)
        if value not in _KNOWN:
            raise Error("unsupported locale setting")
        chosen[cat] = _canonical(value)
    _current.update(chosen)
    return _query(category)


def setlocale(category, locale=None):
    return _set(category, locale)


def getlocale(category=LC_CTYPE):
    name = _set(category, None)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def getencoding():
    return 'UTF-8' if _current['LC_CTYPE'] in ('C.UTF-8', 'C.utf8') else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    if sys.flags.utf8_mode:
        return 'utf-8'
    return getencoding()


def nl_langinfo(key):
    for name, (code, value) in _locale_data.langinfo.items():
        if code == key:
            if name == 'CODESET':
                return getencoding()
            return value
    raise ValueError("unsupported langinfo constant")


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    for var in envvars:
        name = os.environ.get(var)
        if name:
            if var == 'LANGUAGE':
                name = name.split(':')[0]
            break
    else:
        name = 'C'
    return _parse_localename(name)


def resetlocale(category=LC_ALL):
    _set(category, _build_localename(getdefaultlocale()))


# ---- names: the aliasing engine ----

def _parse_localename(name):
    code = normalize(name)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % name)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def _with_encoding(code, encoding):
    lang = code.split('.', 1)[0]
    key = encoding.lower()
    if key not in locale_encoding_alias:
        key = key.replace('_', '').replace('-', '')
    return lang + '.' + locale_encoding_alias.get(key, encoding)


def _with_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        enc = code.partition('.')[2]
        if enc in ('ISO8859-15', 'UTF-8'):
            return code
        if enc == 'ISO8859-1':
            return _with_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    code = localename.lower().replace(':', '.')
    code, _, modifier = code.partition('@')
    lang, _, encoding = code.partition('.')
    encoding = encoding.split('.')[0]
    base = lang
    if encoding:
        base += '.' + encoding.replace('-', '').replace('_', '')
    # Most specific first: with encoding and modifier, then without the
    # modifier, then the language alone.
    found = locale_alias.get(base + ('@' + modifier if modifier else ''))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(base)
        if found is not None:
            if '@' not in found:
                return _with_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(lang + ('@' + modifier if modifier else ''))
        if found is not None:
            if '@' not in found:
                return _with_encoding(found, encoding)
            found, mod = found.split('@', 1)
            return _with_encoding(found, encoding) + '@' + mod
        if modifier:
            found = locale_alias.get(lang)
            if found is not None and '@' not in found:
                return _with_modifier(_with_encoding(found, encoding), modifier)
    return localename


# ---- number formatting with the C conventions ----

def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        text = percent % ((value,) + additional)
    else:
        text = percent % value
    if percent[-1] in 'eEfFgGdiu':
        conv = localeconv()
        point = conv['mon_decimal_point' if monetary else 'decimal_point']
        if point and point != '.':
            head, dot, tail = text.partition('.')
            if dot:
                text = head + point + tail
    return text


def format_string(f, val, grouping=False, monetary=False):
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    if (len(percent) < 2 or percent[0] != '%' or '%' in percent[1:]):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    return format_string('%%.%if' % digits, abs(val), grouping, monetary=True)


def str(val):
    return _format("%.12g", val)


def delocalize(string):
    "Parses a string as a normalized number according to the locale settings."
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    return _format('%s', string, grouping, monetary)


def atof(string, func=float):
    "Parses a string as a float according to the locale settings."
    return func(delocalize(string))


def atoi(string):
    "Converts a string to an integer according to the locale settings."
    return int(delocalize(string))
`
