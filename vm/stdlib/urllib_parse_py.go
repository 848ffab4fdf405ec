package stdlib

// urllib (an empty package) and urllib.parse in Python, written for
// minipy from RFC 3986 and the documented behaviour of CPython 3.11:
// splitting and joining URLs with the scheme lists that decide which
// parts a scheme has, the result tuples with their netloc properties,
// percent-quoting, and query strings. Every function takes str or bytes
// (not mixed): bytes are decoded as ASCII, processed as str and the
// result encoded back, as CPython's _coerce_args does.

func init() {
	addFrozen("urllib", "", "__path__ = []\n")
	addFrozen("urllib.parse", "Parse (absolute and relative) URLs.\n\nurlparse module is based upon the following RFC specifications.\n\nRFC 3986 (STD66): \"Uniform Resource Identifiers\" by T. Berners-Lee, R. Fielding\nand L.  Masinter, January 2005.\n", urllibParseSource)
}

const urllibParseSource = `
from collections import namedtuple as _namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Leading C0 controls and spaces are stripped; tabs and newlines anywhere
# are dropped (WHATWG's URL rules, as CPython 3.11).
_C0_AND_SPACE = ''.join(chr(i) for i in range(0x21))
_DROPPED = '\t\r\n'


# ---- str and bytes ----

def _same(x):
    return x


def _to_bytes(result):
    return result.encode('ascii', 'strict')


def _coerce_args(*args):
    as_str = isinstance(args[0], str)
    for a in args[1:]:
        if a and isinstance(a, str) != as_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if as_str:
        return args + (_same,)
    return tuple(a.decode('ascii', 'strict') if a else '' for a in args) + (_to_bytes,)


# ---- result types ----

def _split_userinfo(netloc, at, colon):
    info, found, _ = netloc.rpartition(at)
    if not found:
        return None, None
    user, has_pw, pw = info.partition(colon)
    return user, (pw if has_pw else None)


def _split_hostinfo(netloc, at, colon, lbr, rbr):
    hostinfo = netloc.rpartition(at)[2]
    before, has_br, rest = hostinfo.partition(lbr)
    if has_br:
        host, _, tail = rest.partition(rbr)
        port = tail.partition(colon)[2]
    else:
        host, _, port = hostinfo.partition(colon)
    return host, (port or None)


class _NetlocMixin(object):
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # An IPv6 zone after '%' keeps its case.
        pct = '%' if isinstance(host, str) else b'%'
        addr, sep, zone = host.partition(pct)
        return addr.lower() + sep + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        port = int(port)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))


class _StrMixin(_NetlocMixin):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, '@', ':', '[', ']')

    def encode(self, encoding='ascii', errors='strict'):
        return self._bytes_class(*(x.encode(encoding, errors) for x in self))


class _BytesMixin(_NetlocMixin):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b'@', b':', b'[', b']')

    def decode(self, encoding='ascii', errors='strict'):
        return self._str_class(*(x.decode(encoding, errors) for x in self))


_DefragBase = _namedtuple('DefragResult', 'url fragment')
_SplitBase = _namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseBase = _namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragBase):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url

    def encode(self, encoding='ascii', errors='strict'):
        return DefragResultBytes(*(x.encode(encoding, errors) for x in self))


class SplitResult(_SplitBase, _StrMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseBase, _StrMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragBase):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url

    def decode(self, encoding='ascii', errors='strict'):
        return DefragResult(*(x.decode(encoding, errors) for x in self))


class SplitResultBytes(_SplitBase, _BytesMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseBase, _BytesMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


SplitResult._bytes_class = SplitResultBytes
ParseResult._bytes_class = ParseResultBytes
SplitResultBytes._str_class = SplitResult
ParseResultBytes._str_class = ParseResult


# ---- splitting ----

def _netloc_end(url, start):
    end = len(url)
    for c in '/?#':
        i = url.find(c, start)
        if 0 <= i < end:
            end = i
    return end


def _check_netloc(netloc):
    # A non-ASCII netloc must not gain URL delimiters under NFKC.
    if not netloc or netloc.isascii():
        return
    import unicodedata
    bare = netloc
    for c in '@:#?':
        bare = bare.replace(c, '')
    normal = unicodedata.normalize('NFKC', bare)
    if normal == bare:
        return
    for c in '/?#@:':
        if c in normal:
            raise ValueError("netloc '" + netloc + "' contains invalid " +
                             "characters under NFKC normalization")


def _is_ipv4(s):
    octets = s.split('.')
    if len(octets) != 4:
        return False
    for o in octets:
        if not (o.isascii() and o.isdigit()) or len(o) > 3 or (len(o) > 1 and o[0] == '0') or int(o) > 255:
            return False
    return True


def _is_ipv6(s):
    addr, pct, zone = s.partition('%')
    if pct and (not zone or '/' in zone):
        return False
    groups = 0
    if addr.count('::') > 1:
        return False
    halves = addr.split('::')
    for i, half in enumerate(halves):
        if not half:
            continue
        parts = half.split(':')
        for j, g in enumerate(parts):
            last = i == len(halves) - 1 and j == len(parts) - 1
            if last and '.' in g:
                if not _is_ipv4(g):
                    return False
                groups += 2
            elif 1 <= len(g) <= 4 and all(c in _HEX for c in g):
                groups += 1
            else:
                return False
    if len(halves) == 2:
        return groups <= 7
    return groups == 8


def _check_bracketed(host):
    # What may stand between brackets: an IPvFuture literal or an IPv6
    # address (ipaddress' rules), never an IPv4 address.
    if host.startswith('v'):
        ver, dot, rest = host[1:].partition('.')
        if not (ver and all(c in _HEX for c in ver) and dot and rest and '\n' not in rest):
            raise ValueError(f"IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError(f"An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def urlsplit(url, scheme='', allow_fragments=True):
    """Parse a URL into 5 components:
    <scheme>://<netloc>/<path>?<query>#<fragment>
    """
    url, scheme, back = _coerce_args(url, scheme)
    url = url.lstrip(_C0_AND_SPACE)
    scheme = scheme.strip(_C0_AND_SPACE)
    for c in _DROPPED:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:colon]):
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        end = _netloc_end(url, 2)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    return back(SplitResult(scheme, netloc, url, query, fragment))


def _split_params(path):
    start = path.rfind('/') if '/' in path else 0
    semi = path.find(';', start)
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into 6 components:
    <scheme>://<netloc>/<path>;<params>?<query>#<fragment>
    """
    url, scheme, back = _coerce_args(url, scheme)
    sch, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if sch in uses_params and ';' in path:
        path, params = _split_params(path)
    return back(ParseResult(sch, netloc, path, params, query, fragment))


def urlunsplit(components):
    """Combine the elements of a tuple as returned by urlsplit() into a
    complete URL as a string."""
    scheme, netloc, url, query, fragment, back = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and not url.startswith('/'):
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return back(url)


def urlunparse(components):
    """Put a parsed URL back together again."""
    scheme, netloc, url, params, query, fragment, back = _coerce_args(*components)
    if params:
        url = url + ';' + params
    return back(urlunsplit((scheme, netloc, url, query, fragment)))


def _remove_dot_segments(segments):
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """Join a base URL and a possibly relative URL to form an absolute
    interpretation of the latter."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _coerce_args(base, url)
    b_scheme, b_netloc, b_path, b_params, b_query, _ = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, b_scheme, allow_fragments)
    if scheme != b_scheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = b_netloc
    if not path and not params:
        return back(urlunparse((scheme, netloc, b_path, b_params, query or b_query, fragment)))
    if path.startswith('/'):
        segments = path.split('/')
    else:
        base_dir = b_path.split('/')
        if base_dir[-1] != '':
            base_dir.pop()
        segments = base_dir + path.split('/')
        # Empty inner segments would double slashes in the result.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    joined = '/'.join(_remove_dot_segments(segments)) or '/'
    return back(urlunparse((scheme, netloc, joined, params, query, fragment)))


def urldefrag(url):
    """Removes any existing fragment from URL."""
    url, back = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return back(DefragResult(defrag, frag))


# ---- quoting ----

_HEX = '0123456789ABCDEFabcdef'
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    if b'%' not in string:
        return bytes(string)
    out = bytearray()
    i, n = 0, len(string)
    while i < n:
        c = string[i]
        if c == 0x25 and i + 2 < n and chr(string[i + 1]) in _HEX and chr(string[i + 2]) in _HEX:
            out.append(int(string[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(c)
            i += 1
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Runs of ASCII are unquoted to bytes and decoded together; other
    # characters pass through.
    parts = []
    i, n = 0, len(string)
    while i < n:
        j = i
        ascii_run = string[i].isascii()
        while j < n and string[j].isascii() == ascii_run:
            j += 1
        chunk = string[i:j]
        parts.append(unquote_to_bytes(chunk).decode(encoding, errors) if ascii_run else chunk)
        i = j
    return ''.join(parts)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces, as required for
    unquoting HTML form values."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object rather than a str, and does
    not perform string-to-bytes encoding."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _ALWAYS_SAFE.union(safe)
    return ''.join(chr(b) if b in keep else '%{:02X}'.format(b) for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """quote('abc def') -> 'abc%20def'"""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace ' ' with '+', as required for quoting
    HTML form values. Plus signs in the original string are escaped unless
    they are included in safe. It also does not have safe default to '/'.
    """
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe, encoding, errors).replace(' ', '+')


def _quote_value(quote_via, v, safe, encoding, errors):
    if isinstance(v, bytes):
        return quote_via(v, safe)
    return quote_via(str(v), safe, encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a dict or sequence of two-element tuples into a URL query string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err
    pairs = []
    for k, v in query:
        k = _quote_value(quote_via, k, safe, encoding, errors)
        if not doseq or isinstance(v, (str, bytes)):
            pairs.append(k + '=' + _quote_value(quote_via, v, safe, encoding, errors))
            continue
        try:
            len(v)
        except TypeError:
            pairs.append(k + '=' + _quote_value(quote_via, v, safe, encoding, errors))
            continue
        for item in v:
            pairs.append(k + '=' + _quote_value(quote_via, item, safe, encoding, errors))
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query given as a string argument."""
    qs, back = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError('Max number of fields exceeded')
    result = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = back(unquote(name.replace('+', ' '), encoding=encoding, errors=errors))
            value = back(unquote(value.replace('+', ' '), encoding=encoding, errors=errors))
            result.append((name, value))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query given as a string argument."""
    out = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        out.setdefault(name, []).append(value)
    return out


def unwrap(url):
    """Transform a string like '<URL:scheme://host/path>' into 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url
`
