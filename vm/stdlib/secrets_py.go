package stdlib

// secrets in Python, written for minipy over random.SystemRandom (the
// OS's random source) and hmac.compare_digest.

func init() {
	addFrozen("secrets", "Generate cryptographically strong pseudo-random numbers suitable for\nmanaging secrets such as account authentication, tokens, and similar.\n\nSee PEP 506 for more information.\nhttps://peps.python.org/pep-0506/\n\n", secretsSource)
}

const secretsSource = `
import base64 as _base64
import binascii as _binascii
import os as _os
from hmac import compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest',
           ]

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice

DEFAULT_ENTROPY = 32  # bytes


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return a random byte string containing *nbytes* bytes."""
    return _os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal."""
    return _binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding."""
    return _base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
`
