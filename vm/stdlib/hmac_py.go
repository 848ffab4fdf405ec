package stdlib

// hmac in Python, written for minipy: RFC 2104 over any hashlib hash
// object (inner and outer hashes primed with the padded key).

func init() {
	addFrozen("hmac", "HMAC (Keyed-Hashing for Message Authentication) module.\n\nImplements the HMAC algorithm as described by RFC 2104.\n", hmacSource)
}

const hmacSource = `
import hashlib as _hashlib
from _hashlib import compare_digest

__all__ = ['new', 'compare_digest', 'digest', 'HMAC', 'digest_size']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None


def _constructor(digestmod):
    # A callable that makes a fresh hash object for digestmod: a name, a
    # constructor, or a module with new().
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """A keyed hash (RFC 2104): the digest of the outer padded key and
    the inner hash of the padded key and the message."""
    blocksize = 64

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._hmac = None
        self._inner, self._outer = make(), make()
        self.digest_size = self._outer.digest_size
        block = getattr(self._inner, 'block_size', self.blocksize)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key).ljust(block, b'\0')
        self._inner.update(key.translate(trans_36))
        self._outer.update(key.translate(trans_5C))
        if msg is not None:
            self._inner.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        twin = object.__new__(type(self))
        twin._hmac = None
        twin.digest_size, twin.block_size = self.digest_size, self.block_size
        twin._inner, twin._outer = self._inner.copy(), self._outer.copy()
        return twin

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()
`
