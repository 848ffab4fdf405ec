package stdlib

// codecs in Python, written for minipy over the runtime's codecs
// (str.encode/bytes.decode: utf-8, ascii, latin-1, utf-16 and utf-32 with
// and without byte order) plus utf-8-sig and the bytes-to-bytes and
// str-to-str codecs hex, base64 and rot13, which exist only here.
//
// lookup gives CodecInfo tuples with stateless encode/decode functions
// (returning the output and the length consumed), incremental encoders
// and decoders (a decoder keeps an incomplete UTF-8 sequence or UTF-16/32
// code unit for the next call, and reads a byte order mark once), and
// stream readers and writers. Error handlers: the runtime's own are used
// directly; a handler registered with register_error (or xmlcharrefreplace
// and namereplace on decoding, which CPython rejects) runs here, in a loop
// that encodes or decodes strictly up to each error and asks the handler
// what to put in its place. str.encode itself does not see registered
// handlers.

func init() {
	addFrozen("codecs", " codecs -- Python Codec Registry, API and helpers.\n\n\nWritten by Marc-Andre Lemburg (mal@lemburg.com).\n\n(c) Copyright CNRI, All Rights Reserved. NO WARRANTY.\n\n", codecsSource)
}

const codecsSource = `
import builtins as _builtins
import sys as _sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if _sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


# ---- error handlers ----

def _check_exc(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        if isinstance(exc, BaseException):
            raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
        raise TypeError("codec must pass exception instance")


def strict_errors(exc):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    if not isinstance(exc, BaseException):
        raise TypeError("codec must pass exception instance")
    raise exc


def ignore_errors(exc):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    _check_exc(exc)
    return ('', exc.end)


def replace_errors(exc):
    """Implements the 'replace' error handling, which replaces malformed data with a replacement marker."""
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd' * (exc.end - exc.start), exc.end)


def _escape(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def backslashreplace_errors(exc):
    """Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence."""
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    return (''.join(_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    """Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."""
    if not isinstance(exc, UnicodeEncodeError):
        _check_exc(exc)
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    """Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence."""
    if not isinstance(exc, UnicodeEncodeError):
        _check_exc(exc)
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name is not None else _escape(c))
    return (''.join(out), exc.end)


def surrogateescape(exc):
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        out = []
        for b in data:
            if b < 128:
                break
            out.append(chr(0xdc00 + b))
        if not out:
            raise exc
        return (''.join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xdc80 <= ord(c) <= 0xdcff:
                break
            out.append(ord(c) - 0xdc00)
        if not out:
            raise exc
        return (bytes(out), exc.start + len(out))
    _check_exc(exc)
    raise exc


def surrogatepass(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (exc.object[exc.start:exc.end].encode('utf-8', 'surrogatepass'), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        text = exc.object[exc.start:exc.start + 3].decode('utf-8', 'surrogatepass')
        return (text, exc.start + 3)
    _check_exc(exc)
    raise exc


# The runtime's codecs apply these by themselves.
_NATIVE_ENCODE_ERRORS = frozenset(('strict', 'ignore', 'replace', 'backslashreplace',
                                   'xmlcharrefreplace', 'namereplace', 'surrogateescape',
                                   'surrogatepass'))
_NATIVE_DECODE_ERRORS = frozenset(('strict', 'ignore', 'replace', 'backslashreplace',
                                   'surrogateescape', 'surrogatepass'))

_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': surrogateescape, 'surrogatepass': surrogatepass,
}


def register_error(errors, handler):
    """Register the specified error handler under the name errors."""
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(errors).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _handlers[errors] = handler


def lookup_error(name):
    """lookup_error(errors) -> handler"""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _handler_result(res, length, kind):
    if (not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[1], int)
            or not isinstance(res[0], (str, bytes) if kind == 'encoding' else str)):
        if kind == 'encoding':
            raise TypeError("encoding error handler must return (str/bytes, int) tuple")
        raise TypeError("decoding error handler must return (str, int) tuple")
    rep, pos = res
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError("position %d from error handler out of bounds" % pos)
    return rep, pos


def _encode_with(s, codec, errors):
    # Strict runs between errors; the handler fills each gap.
    if errors in _NATIVE_ENCODE_ERRORS:
        return s.encode(codec, errors)
    handler = lookup_error(errors)
    head = b''
    if codec in ('utf-16', 'utf-32'):
        head = BOM_UTF16 if codec == 'utf-16' else BOM_UTF32
        codec += '-le' if _sys.byteorder == 'little' else '-be'
    out = [head]
    pos = 0
    while True:
        try:
            out.append(s[pos:].encode(codec, 'strict'))
            return b''.join(out)
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(s[pos:start].encode(codec, 'strict'))
            exc = UnicodeEncodeError(e.encoding, s, start, end, e.reason)
            rep, pos = _handler_result(handler(exc), len(s), 'encoding')
            out.append(rep if isinstance(rep, bytes) else rep.encode(codec, 'strict'))


def _decode_with(data, codec, errors):
    if errors in _NATIVE_DECODE_ERRORS:
        return data.decode(codec, errors)
    handler = lookup_error(errors)
    data = bytes(data)
    out = []
    pos = 0
    while True:
        try:
            out.append(data[pos:].decode(codec, 'strict'))
            return ''.join(out)
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(codec, 'strict'))
            exc = UnicodeDecodeError(e.encoding, data, start, end, e.reason)
            rep, pos = _handler_result(handler(exc), len(data), 'decoding')
            out.append(rep)


# ---- the codecs ----

def _utf8_cut(data):
    # Where an incomplete (but so far valid) UTF-8 sequence begins at the
    # end of data, or len(data).
    n = len(data)
    for k in range(1, min(3, n) + 1):
        b = data[n - k]
        if b & 0xc0 == 0x80:
            continue
        if 0xc2 <= b <= 0xdf:
            need = 2
        elif 0xe0 <= b <= 0xef:
            need = 3
        elif 0xf0 <= b <= 0xf4:
            need = 4
        else:
            return n
        if need <= k:
            return n
        if k > 1:
            second = data[n - k + 1]
            lo, hi = 0x80, 0xbf
            if b == 0xe0:
                lo = 0xa0
            elif b == 0xed:
                hi = 0x9f
            elif b == 0xf0:
                lo = 0x90
            elif b == 0xf4:
                hi = 0x8f
            if not lo <= second <= hi:
                return n
        return n - k
    return n


def _unit_cut(data, codec):
    # Complete code units only, and no trailing high surrogate (UTF-16).
    size = 4 if codec.startswith('utf-32') else 2
    n = len(data) - len(data) % size
    if size == 2 and n >= 2:
        hi = data[n - 1] if codec.endswith('le') else data[n - 2]
        if 0xd8 <= hi <= 0xdb:
            n -= 2
    return n


class _Text:
    """One of the runtime's text codecs (or utf-8-sig) as codec functions."""

    def __init__(self, name, native):
        self.name = name
        self.native = native

    def encode(self, input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (self.native.replace('-', '_'), type(input).__name__))
        if self.name == 'utf-8-sig':
            return (BOM_UTF8 + _encode_with(input, 'utf-8', errors), len(input))
        return (_encode_with(input, self.native, errors), len(input))

    def decode(self, input, errors='strict', final=True):
        if not isinstance(input, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__)
        data = bytes(input)
        codec = self.native
        start = 0
        if self.name == 'utf-8-sig' and data[:3] == BOM_UTF8:
            start = 3
        elif codec in ('utf-16', 'utf-32'):
            size = 2 if codec == 'utf-16' else 4
            if data[:size] == (BOM_UTF16_LE if size == 2 else BOM_UTF32_LE):
                codec, start = codec + '-le', size
            elif data[:size] == (BOM_UTF16_BE if size == 2 else BOM_UTF32_BE):
                codec, start = codec + '-be', size
            else:
                codec += '-le' if _sys.byteorder == 'little' else '-be'
        end = len(data)
        if not final:
            if codec == 'utf-8':
                end = start + _utf8_cut(data[start:])
            elif codec.startswith('utf-16') or codec.startswith('utf-32'):
                end = start + _unit_cut(data[start:], codec)
        return (_decode_with(data[start:end], codec, errors), end)


class _Transform:
    """hex, base64 (bytes to bytes) and rot13 (str to str)."""

    def __init__(self, name):
        self.name = name

    def encode(self, input, errors='strict'):
        if self.name == 'rot-13':
            return (input.translate(_ROT13), len(input))
        assert errors == 'strict'
        import binascii
        if self.name == 'hex':
            return (binascii.b2a_hex(input), len(input))
        return (binascii.b2a_base64(input), len(input))

    def decode(self, input, errors='strict', final=True):
        if self.name == 'rot-13':
            return (input.translate(_ROT13), len(input))
        assert errors == 'strict'
        import binascii
        if self.name == 'hex':
            return (binascii.a2b_hex(input), len(input))
        return (binascii.a2b_base64(input), len(input))


_ROT13 = {}
for _a, _z in ((ord('a'), ord('z')), (ord('A'), ord('Z'))):
    for _c in range(_a, _z + 1):
        _ROT13[_c] = _a + (_c - _a + 13) % 26
del _a, _z, _c

# Normalised name (lower case, other characters as '_') to codec.
_ALIASES = {}
for _names, _codec in (
        (('utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001'), ('utf-8', 'utf-8')),
        (('ascii', 'us_ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367',
          'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us'), ('ascii', 'ascii')),
        (('latin_1', 'latin1', 'latin', 'l1', 'iso8859_1', 'iso_8859_1', '8859', 'cp819', 'iso_ir_100',
          'iso_8859_1_1987', 'csisolatin1', 'ibm819', 'iso8859'), ('iso8859-1', 'latin-1')),
        (('utf_16', 'utf16', 'u16'), ('utf-16', 'utf-16')),
        (('utf_16_le', 'utf_16le', 'unicodelittleunmarked'), ('utf-16-le', 'utf-16-le')),
        (('utf_16_be', 'utf_16be', 'unicodebigunmarked'), ('utf-16-be', 'utf-16-be')),
        (('utf_32', 'utf32', 'u32'), ('utf-32', 'utf-32')),
        (('utf_32_le', 'utf_32le'), ('utf-32-le', 'utf-32-le')),
        (('utf_32_be', 'utf_32be'), ('utf-32-be', 'utf-32-be')),
        (('utf_8_sig',), ('utf-8-sig', 'utf-8')),
        (('hex', 'hex_codec'), ('hex', None)),
        (('base64', 'base_64', 'base64_codec'), ('base64', None)),
        (('rot13', 'rot_13'), ('rot-13', None))):
    for _n in _names:
        _ALIASES[_n] = _codec
del _names, _codec, _n


def _normalize(name):
    out = []
    gap = False
    for c in name.lower():
        if c.isalnum() or c == '.':
            if gap and out:
                out.append('_')
            out.append(c)
            gap = False
        else:
            gap = True
    return ''.join(out)


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
                (self.__class__.__module__, self.__class__.__qualname__,
                 self.name, id(self))


_search_functions = []
_cache = {}


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _make_info(name, native):
    impl = _Text(name, native) if native else _Transform(name)

    def encode(input, errors='strict'):
        return impl.encode(input, errors)

    def decode(input, errors='strict'):
        return impl.decode(input, errors, True)

    class _IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            out = impl.encode(input, self.errors)[0]
            if native in ('utf-16', 'utf-32') or name == 'utf-8-sig':
                if self._started:
                    out = out[len(BOM_UTF8 if name == 'utf-8-sig' else
                                  (BOM_UTF16 if native == 'utf-16' else BOM_UTF32)):]
                self._started = True
            return out

        def reset(self):
            self._started = False

        def getstate(self):
            return 0 if self._started else 2

        def setstate(self, state):
            self._started = state == 0

    _IncEncoder._started = False

    class _IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            if native in ('utf-16', 'utf-32') or name == 'utf-8-sig':
                return self._decode_bom(input, errors, final)
            return impl.decode(input, errors, final)

        def _decode_bom(self, input, errors, final):
            # The byte order mark is read once, by the first decode that
            # has enough bytes to tell.
            if self._order is None:
                size = 3 if name == 'utf-8-sig' else (2 if native == 'utf-16' else 4)
                if len(input) < size and not final:
                    boms = (BOM_UTF8,) if name == 'utf-8-sig' else (
                        (BOM_UTF16_LE, BOM_UTF16_BE) if size == 2 else (BOM_UTF32_LE, BOM_UTF32_BE))
                    if any(b.startswith(input) for b in boms):
                        return ('', 0)
                text, used = impl.decode(input, errors, final)
                if name == 'utf-8-sig':
                    self._order = 'utf-8'
                else:
                    head = bytes(input[:size])
                    if head in (BOM_UTF16_BE, BOM_UTF32_BE):
                        self._order = native + '-be'
                    elif head in (BOM_UTF16_LE, BOM_UTF32_LE):
                        self._order = native + '-le'
                    else:
                        self._order = native + ('-le' if _sys.byteorder == 'little' else '-be')
                return text, used
            return _Text(self._order, self._order).decode(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._order = None

    _IncDecoder._order = None

    class _Writer(StreamWriter):
        pass

    class _Reader(StreamReader):
        pass

    _Writer.encode = staticmethod(encode)
    _Reader.decode = staticmethod(lambda input, errors='strict': impl.decode(input, errors, False))
    _Reader._decode_final = staticmethod(lambda input, errors='strict': impl.decode(input, errors, True))
    return CodecInfo(encode, decode, _Reader, _Writer, _IncEncoder, _IncDecoder, name,
                     _is_text_encoding=native is not None)


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    found = _ALIASES.get(key)
    if found is not None:
        info = _make_info(*found)
    else:
        for search in _search_functions:
            info = search(encoding.lower().replace(' ', '_'))
            if info is not None:
                if not isinstance(info, CodecInfo):
                    if not isinstance(info, tuple) or len(info) != 4:
                        raise TypeError("codec search functions must return 4-tuples")
                    info = CodecInfo(*info)
                break
        else:
            raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


_OWN_INIT = (UnicodeError, OSError, SyntaxError, ImportError, AttributeError,
             NameError, StopIteration, StopAsyncIteration, SystemExit, BaseExceptionGroup)


def _rewrap(exc, action, encoding):
    # CPython re-raises a codec's failure as the same type with the codec
    # named ("encoding with 'hex' codec failed (Error: ...)"), chained to
    # the original, when that type can be rebuilt from a message alone: it
    # keeps BaseException's __init__ and __new__ and the instance has no
    # attributes of its own.
    cls = type(exc)
    if isinstance(exc, _OWN_INIT) or getattr(exc, '__dict__', None):
        return exc
    for k in cls.__mro__:
        if k.__module__ == 'builtins':
            break
        if '__init__' in k.__dict__ or '__new__' in k.__dict__:
            return exc
    try:
        new = cls("%s with '%s' codec failed (%s: %s)" % (action, encoding, cls.__name__, exc))
    except Exception:
        return exc
    new.__cause__ = exc
    return new


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    encoder = lookup(encoding).encode
    try:
        res = encoder(obj, errors)
    except Exception as e:
        raise _rewrap(e, 'encoding', encoding)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return res[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    decoder = lookup(encoding).decode
    try:
        res = decoder(obj, errors)
    except Exception as e:
        raise _rewrap(e, 'decoding', encoding)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return res[0]


def getencoder(encoding):
    """Lookup up the codec for the given encoding and return its encoder function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Lookup up the codec for the given encoding and return its decoder function."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """Lookup up the codec for the given encoding and return its IncrementalEncoder class or factory function."""
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    """Lookup up the codec for the given encoding and return its IncrementalDecoder class or factory function."""
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    """Lookup up the codec for the given encoding and return its StreamReader class or factory function."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """Lookup up the codec for the given encoding and return its StreamWriter class or factory function."""
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encoding iterator."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for item in iterator:
        out = encoder.encode(item)
        if out:
            yield out
    out = encoder.encode("", True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decoding iterator."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for item in iterator:
        out = decoder.decode(item)
        if out:
            yield out
    out = decoder.decode(b"", True)
    if out:
        yield out


# ---- base classes ----

class Codec:
    """ Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """An IncrementalEncoder encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Resets the encoder to the initial state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Set the current state of the encoder."""


class IncrementalDecoder(object):
    """An IncrementalDecoder decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Reset the decoder to the initial state."""

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        """Set the current state of the decoder."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the undecoded tail of the input for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        text, used = self._buffer_decode(data, self.errors, final)
        self.buffer = data[used:]
        return text

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """ Writes the object's contents encoded to self.stream."""
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def _fill(self, size):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        more = bool(data)
        data = self.bytebuffer + data
        final = not more or size < 0
        if final and hasattr(self, '_decode_final'):
            text, used = self._decode_final(data, self.errors)
        else:
            text, used = self.decode(data, self.errors)
        self.bytebuffer = data[used:]
        self.charbuffer += text
        return more

    def read(self, size=-1, chars=-1, firstline=False):
        """ Decodes data from the stream self.stream and returns the resulting object."""
        if size < 0 and chars < 0:
            self._fill(-1)
            text, self.charbuffer = self.charbuffer, ""
            return text
        want = chars if chars >= 0 else size
        while len(self.charbuffer) < want:
            if not self._fill(max(want, 72)):
                break
        text, self.charbuffer = self.charbuffer[:want], self.charbuffer[want:]
        return text

    def readline(self, size=None, keepends=True):
        """ Read one line from the input stream and return the decoded data."""
        while True:
            lines = self.charbuffer.splitlines(keepends=True)
            if len(lines) > 1 or (lines and lines[0].endswith('\n')):
                break
            if not self._fill(72):
                break
        lines = self.charbuffer.splitlines(keepends=True)
        if not lines:
            return ""
        line = lines[0]
        self.charbuffer = self.charbuffer[len(line):]
        if not keepends:
            line = line.splitlines()[0] if line.splitlines() else ""
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """ StreamReaderWriter instances allow wrapping streams which work in both read and write modes."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder(StreamReaderWriter):
    """Not provided: data encoding translation between two codecs."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("StreamRecoder is not provided by minipy")


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """ Open an encoded file using the given mode and return a wrapped version providing transparent encoding/decoding."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Not provided (StreamRecoder)."""
    raise NotImplementedError("EncodedFile is not provided by minipy")


# The module-level codec functions of _codecs.
def _fn(name, native, which):
    impl = _Text(name, native)
    if which == 'encode':
        def f(str, errors=None):
            return impl.encode(str, errors or 'strict')
    else:
        def f(data, errors=None, final=False):
            return impl.decode(data, errors or 'strict', final)
    f.__name__ = f.__qualname__ = native.replace('-', '_') + '_' + which
    return f


for _n, _c in (('utf-8', 'utf-8'), ('ascii', 'ascii'), ('iso8859-1', 'latin-1'),
               ('utf-16', 'utf-16'), ('utf-16-le', 'utf-16-le'), ('utf-16-be', 'utf-16-be'),
               ('utf-32', 'utf-32'), ('utf-32-le', 'utf-32-le'), ('utf-32-be', 'utf-32-be')):
    for _w in ('encode', 'decode'):
        _f = _fn(_n, _c, _w)
        globals()[_f.__name__] = _f
del _n, _c, _w, _f
`
