package stdlib

// base64 in Python, written for minipy, over the Go binascii module:
// base16/32/64 as RFC 4648 spells them, Ascii85 and base85 by whole
// 32-bit words, the MIME line forms, with CPython's messages.

func init() {
	addFrozen("base64", "Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings", base64Source)
}

const base64Source = `
import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
    ]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    # What the decoders accept: ASCII str, or anything with a buffer.
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _only(s, allowed):
    # True when every byte of s is in allowed.
    return not s.translate(None, allowed)


def b64encode(s, altchars=None):
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        out = out.translate(bytes.maketrans(b'+/', altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=bool(validate))


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(_urlsafe_decode_translation))


# ---- base32: five bytes make eight characters ----

_B32_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Characters of output for 0..4 trailing input bytes, and the pads.
_B32_KEEP = {0: 8, 1: 2, 2: 4, 3: 5, 4: 7}


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    whole, rest = divmod(len(s), 5)
    data = bytes(s) + bytes(-len(s) % 5)
    out = bytearray()
    for k in range(0, len(data), 5):
        n = int.from_bytes(data[k:k + 5], 'big')
        out += bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
    if rest:
        keep = _B32_KEEP[rest]
        out[len(out) - 8 + keep:] = b'=' * (8 - keep)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    pads = len(s) - len(body)
    values = {c: k for k, c in enumerate(alphabet)}
    out = bytearray()
    for k in range(0, len(body), 8):
        group = body[k:k + 8]
        n = 0
        for c in group:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = n << 5 | v
        n <<= 5 * (8 - len(group))
        out += n.to_bytes(5, 'big')
    if pads:
        if pads not in (1, 3, 4, 6) or not body:
            raise binascii.Error('Incorrect padding')
        # Characters left in the last group say how many bytes it holds.
        kept = {6: 1, 4: 2, 3: 3, 1: 4}[pads]
        del out[len(out) - 5 + kept:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32_HEX, s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if not _only(s, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Ascii85 and base85: four bytes make five characters ----

_A85START = b"<~"
_A85END = b"~>"
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_` + "`" + `{|}~")


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    extra = -len(b) % 4
    data = bytes(b) + bytes(extra)
    out = []
    for k in range(0, len(data), 4):
        word = int.from_bytes(data[k:k + 4], 'big')
        if foldnuls and not word:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            digits = bytearray(5)
            for j in range(4, -1, -1):
                word, r = divmod(word, 85)
                digits[j] = chars[r]
            out.append(bytes(digits))
    if extra and not pad:
        last = out[-1]
        if last == b'z':
            last = chars[0:1] * 5
        out[-1] = last[:5 - extra]
    return b''.join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    chars = bytes(range(33, 118))
    result = _85encode(b, chars, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[k:k + wrapcol] for k in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError(
                "Ascii85 encoded byte sequences must end "
                "with {!r}".format(_A85END)
                )
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []

    def flush(chunk):
        word = 0
        for c in chunk:
            word = word * 85 + (c - 33)
        if word > 0xffffffff:
            raise ValueError('Ascii85 overflow') from None
        out.extend(word.to_bytes(4, 'big'))

    for c in b:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                flush(group)
                group = []
        elif c == 122:          # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.extend(b'\0\0\0\0')
        elif foldspaces and c == 121:       # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.extend(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        missing = 5 - len(group)
        flush(group + [117] * missing)
        del out[len(out) - missing:]
    return bytes(out)


def b85encode(b, pad=False):
    return _85encode(b, _B85_ALPHABET, pad)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    values = {c: k for k, c in enumerate(_B85_ALPHABET)}
    missing = -len(b) % 5
    b = b + b'~' * missing
    out = bytearray()
    for k in range(0, len(b), 5):
        word = 0
        for j, c in enumerate(b[k:k + 5]):
            v = values.get(c)
            if v is None:
                raise ValueError('bad base85 character at position %d'
                                 % (k + j)) from None
            word = word * 85 + v
        if word > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d'
                             % k) from None
        out.extend(word.to_bytes(4, 'big'))
    if missing:
        del out[len(out) - missing:]
    return bytes(out)


# ---- the MIME forms: lines of at most 76 characters ----

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        msg = "expected bytes-like object, not %s" % s.__class__.__name__
        raise TypeError(msg) from err
    if m.format not in ('c', 'b', 'B'):
        msg = ("expected single byte elements, not %r from %s" %
               (m.format, s.__class__.__name__))
        raise TypeError(msg)
    if m.ndim != 1:
        msg = ("expected 1-D data, not %d-D data from %s" %
               (m.ndim, s.__class__.__name__))
        raise TypeError(msg)


def encodebytes(s):
    _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[k:k + MAXBINSIZE])
                    for k in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)
`
