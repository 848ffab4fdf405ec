package stdlib

// uuid in Python, written for minipy from RFC 4122: the UUID value type
// over a 128-bit int, uuid1 (time-based; the node is a random multicast
// number, RFC 4122's fallback, since minipy reads no hardware address),
// uuid3/uuid5 (name-based over hashlib's md5/sha1), uuid4 (os.urandom)
// and the namespace constants.

func init() {
	addFrozen("uuid", "UUID objects (universally unique identifiers) according to RFC 4122.\n\nThis module provides immutable UUID objects (class UUID) and the functions\nuuid1(), uuid3(), uuid4(), uuid5() for generating version 1, 3, 4, and 5\nUUIDs as specified in RFC 4122.\n", uuidSource)
}

const uuidSource = `
import os
import sys
from enum import Enum

import operator as _op

__author__ = 'Ka-Ping Yee <ping@zesty.ca>'

# The variant names.
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_int = int
_bytes = bytes
_set = object.__setattr__


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# The six RFC 4122 fields, most significant first: name, width in bits.
_FIELDS = (('time_low', 32), ('time_mid', 16), ('time_hi_version', 16),
           ('clock_seq_hi_variant', 8), ('clock_seq_low', 8), ('node', 48))
_WIDTH_WORDS = {32: 'a 32-bit', 16: 'a 16-bit', 8: 'an 8-bit', 48: 'a 48-bit'}

# Setting a version clears the two variant bits and the version nibble,
# then sets the RFC 4122 variant (binary 10) and the version.
_VERSION_CLEAR = (0xc000 << 48) | (0xf000 << 64)
_RFC_VARIANT_BIT = 1 << 63


def _swap_le(b):
    # bytes_le stores the first three fields little-endian.
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


def _parse_hex(text):
    for prefix in ('urn:', 'uuid:'):
        text = text.replace(prefix, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return _int(digits, 16)


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for pos, (part, (_, width)) in enumerate(zip(fields, _FIELDS), 1):
        if part < 0 or part >> width:
            raise ValueError('field %d out of range (need %s value)'
                             % (pos, _WIDTH_WORDS[width]))
        value = value << width | part
    return value


def _compare(test):
    def method(self, other):
        return test(self.int, other.int) if isinstance(other, UUID) else NotImplemented
    method.__name__ = '__%s__' % test.__name__
    return method


class UUID:
    """Instances of the UUID class represent UUIDs as specified in RFC 4122."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        if (hex, bytes, bytes_le, fields, int).count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            value = _parse_hex(hex)
        elif bytes_le is not None or bytes is not None:
            raw = bytes
            if bytes_le is not None:
                if len(bytes_le) != 16:
                    raise ValueError('bytes_le is not a 16-char string')
                raw = _swap_le(bytes_le)
            if len(raw) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(raw, _bytes), repr(raw)
            value = _int.from_bytes(raw, 'big')
        elif fields is not None:
            value = _from_fields(fields)
        else:
            value = int
        if value < 0 or value >> 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if version not in (1, 2, 3, 4, 5):
                raise ValueError('illegal version number')
            value = value & ~_VERSION_CLEAR | _RFC_VARIANT_BIT | version << 76
        _set(self, 'int', value)
        _set(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe is not SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        _set(self, 'int', state['int'])
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        _set(self, 'is_safe', safe)

    __eq__ = _compare(_op.eq)
    __lt__ = _compare(_op.lt)
    __le__ = _compare(_op.le)
    __gt__ = _compare(_op.gt)
    __ge__ = _compare(_op.ge)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.__str__())

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = self.hex
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _ in _FIELDS)

    @property
    def time(self):
        low_mid = self.int >> 80 & 0xffff_ffff_ffff
        # time_low is the least significant part of the timestamp.
        return (self.int >> 64 & 0x0fff) << 48 | (low_mid & 0xffff) << 32 | low_mid >> 16

    @property
    def clock_seq(self):
        return self.int >> 48 & 0x3fff

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return 'urn:uuid:%s' % self

    @property
    def variant(self):
        top = (self.int >> 61) & 0x7
        if not top & 0x4:
            return RESERVED_NCS
        if not top & 0x2:
            return RFC_4122
        return RESERVED_FUTURE if top & 0x1 else RESERVED_MICROSOFT

    @property
    def version(self):
        return (self.int >> 76) & 0xf if self.variant is RFC_4122 else None


def _field_property(shift, width):
    return property(lambda self: self.int >> shift & ((1 << width) - 1))


_shift = 128
for _name, _width in _FIELDS:
    _shift -= _width
    setattr(UUID, _name, _field_property(_shift, _width))
del _name, _width, _shift


_node = None


def _random_getnode():
    import random
    # A random 48-bit number with the multicast bit set (RFC 4122 4.5).
    return random.getrandbits(48) | 0x010000000000


def getnode():
    """Get the hardware address as a 48-bit positive integer."""
    global _node
    if _node is None:
        _node = _random_getnode()
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """Generate a UUID from a host ID, sequence number, and the current time."""
    global _last_timestamp
    import time
    # 100-ns intervals since the Gregorian epoch, 1582-10-15.
    stamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and stamp <= _last_timestamp:
        stamp = _last_timestamp + 1
    _last_timestamp = stamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    return UUID(fields=(stamp & 0xffffffff, (stamp >> 32) & 0xffff,
                        (stamp >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
                        clock_seq & 0xff, node), version=1)


def _name_based(hashfunc, namespace, name, version):
    # 3.11 takes a str name only (bytes fails in bytes(name, "utf-8")).
    digest = hashfunc(namespace.bytes + _bytes(name, "utf-8"), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """Generate a UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    return _name_based(md5, namespace, name, 3)


def uuid4():
    """Generate a random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """Generate a UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    return _name_based(sha1, namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
`
