package stdlib

// fractions in Python, written for minipy. There is no regular
// expression engine to lean on, so a small scanner reads the string
// forms ("-3/4", "1.5e-3", "1_000"); the arithmetic works on
// (numerator, denominator) pairs and lets the constructor reduce them.
// Hashes follow the numeric hash rule of the language reference (the
// value modulo sys.hash_info.modulus), so equal ints, floats and
// fractions hash alike.

func init() {
	addFrozen("fractions", "Fraction, infinite-precision, rational numbers.", fractionsSource)
}

const fractionsSource = `
import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_MOD = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _run_of_digits(s, i):
    # End of the run of digits (single underscores between digits allowed)
    # starting at i; i itself when there is no digit there.
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
    if j == i:
        return i
    while j + 1 < n and s[j] == '_' and s[j + 1].isdecimal():
        j += 2
        while j < n and s[j].isdecimal():
            j += 1
    return j


def _from_string(text):
    # (numerator, denominator) of a numeric string, or None when it is
    # not one.
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    start = i
    i = _run_of_digits(s, i)
    whole = s[start:i]
    if not whole and not (i + 1 < n and s[i] == '.' and s[i + 1].isdecimal()):
        return None
    num = int(whole or '0')
    den = 1
    if i < n and s[i] == '/':
        j = _run_of_digits(s, i + 1)
        if j == i + 1 or j != n:
            return None
        den = int(s[i + 1:j])
        i = j
    else:
        if i < n and s[i] == '.':
            i += 1
            j = _run_of_digits(s, i)
            if j == i:
                # CPython's pattern also takes a run of the letter d here
                # and then fails in int(); keep that behaviour.
                while j < n and s[j] in 'dD':
                    j += 1
            frac = s[i:j]
            i = j
            if frac:
                frac = frac.replace('_', '')
                scale = 10 ** len(frac)
                num = num * scale + int(frac)
                den = scale
        if i < n and s[i] in 'eE':
            k = i + 1
            if k < n and s[k] in '+-':
                k += 1
            j = _run_of_digits(s, k)
            if j == k:
                return None
            e = int(s[i + 1:j])
            if e >= 0:
                num *= 10 ** e
            else:
                den *= 10 ** -e
            i = j
        if i != n:
            return None
    if negative:
        num = -num
    return num, den


def _is_decimal(x):
    return type(x).__name__ == 'Decimal' and hasattr(x, 'as_integer_ratio')


class Fraction(numbers.Rational):
    """A rational number held exactly, as a numerator and a positive
    denominator in lowest terms.

    Fraction(p, q) takes two rationals (q defaults to 1); Fraction(x)
    also takes a float or Decimal (converted exactly), another rational,
    or a string such as '-3/4', '1.25' or '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string "
                                "or a Rational instance")
            pair = _from_string(numerator)
            if pair is None:
                raise ValueError('Invalid literal for Fraction: %r' %
                                 numerator)
            numerator, denominator = pair
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif (isinstance(numerator, numbers.Rational) and
                isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, numbers.Integral):
            from decimal import Decimal
            dec = Decimal(int(dec))
        elif not _is_decimal(dec):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self: (hp/hq) and (kp/kq) are the
        # last two convergents; stop before a denominator passes the limit.
        hp, hq, kp, kq = 0, 1, 1, 0
        x, y = self._numerator, self._denominator
        while True:
            q, r = divmod(x, y)
            nq = hq + q * kq
            if nq > max_denominator:
                break
            hp, hq, kp, kq = kp, kq, hp + q * kp, nq
            x, y = y, r
        # The best semiconvergent below the limit, and the last
        # convergent: whichever is nearer (the convergent on a tie).
        steps = (max_denominator - hq) // kq
        semi = Fraction(hp + steps * kp, hq + steps * kq)
        conv = Fraction(kp, kq)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic: each exact operation works on two rationals (ints
    # or fractions); _binary makes the forward and reflected methods that
    # fall back to float or complex arithmetic for other numbers.

    def _binary(exact, inexact, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        def reflected(b, a):
            if isinstance(a, numbers.Rational):
                return exact(a, b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = forward.__qualname__ = '__%s__' % name
        reflected.__name__ = reflected.__qualname__ = '__r%s__' % name
        forward.__doc__ = reflected.__doc__ = exact.__doc__
        return forward, reflected

    def _add(a, b):
        return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        # Cancel common factors first, as CPython does: the message of a
        # division by zero shows the reduced numerator.
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g = math.gcd(na, nb) or 1
        h = math.gcd(da, db)
        n = (na // g) * (db // h)
        d = (nb // g) * (da // h)
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        q, r = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
        return q, Fraction(r, a.denominator * b.denominator)

    def _mod(a, b):
        r = (a.numerator * b.denominator) % (b.numerator * a.denominator)
        return Fraction(r, a.denominator * b.denominator)

    __add__, __radd__ = _binary(_add, operator.add, 'add')
    __sub__, __rsub__ = _binary(_sub, operator.sub, 'sub')
    __mul__, __rmul__ = _binary(_mul, operator.mul, 'mul')
    __truediv__, __rtruediv__ = _binary(_div, operator.truediv, 'truediv')
    __floordiv__, __rfloordiv__ = _binary(_floordiv, operator.floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _binary(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _binary(_mod, operator.mod, 'mod')
    del _binary

    def __pow__(a, b):
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        e = b.numerator
        n, d = a._numerator, a._denominator
        if e < 0:
            # Invert, keeping the denominator positive.
            n, d, e = d, n, -e
            if d < 0:
                n, d = -n, -d
        return Fraction(n ** e, d ** e, _normalize=False)

    def __rpow__(b, a):
        if b._denominator == 1:
            if b._numerator >= 0:
                return a ** b._numerator
            if isinstance(a, numbers.Rational):
                return Fraction(a.numerator, a.denominator) ** b
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        return _index(a.__trunc__())

    def __trunc__(a):
        q = abs(a._numerator) // a._denominator
        return q if a._numerator >= 0 else -q

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -((-a.numerator) // a.denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self.numerator, self.denominator)
            twice = 2 * r
            if twice > self.denominator or (twice == self.denominator and q % 2):
                q += 1
            return q
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        # |n| / d modulo the hash prime, d inverted by Fermat's little
        # theorem; a denominator that is a multiple of the prime has no
        # inverse and hashes as infinity, as CPython's rule says.
        n, d = self._numerator, self._denominator
        if d % _MOD == 0:
            h = _HASH_INF
        else:
            h = (abs(n) % _MOD) * pow(d, _MOD - 2, _MOD) % _MOD
        if n < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        """a == b"""
        num, den = a._numerator, a._denominator
        if type(b) is int:
            return den == 1 and num == b
        if isinstance(b, numbers.Rational):
            return (num, den) == (b.numerator, b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if not math.isfinite(b):
            # Every finite value compares with inf and nan as zero does.
            return 0.0 == b
        return a == a.from_float(b)

    def _richcmp(self, other, op):
        """Compare with a rational (cross-multiplied) or a float."""
        if isinstance(other, numbers.Rational):
            left = self._numerator * other.denominator
            return op(left, self._denominator * other.numerator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isfinite(other):
            return op(self, self.from_float(other))
        return op(0.0, other)

    for _name, _op in (('__lt__', operator.lt), ('__gt__', operator.gt),
                       ('__le__', operator.le), ('__ge__', operator.ge)):
        def _compare(a, b, _op=_op):
            return a._richcmp(b, _op)
        _compare.__name__ = _compare.__qualname__ = _name
        locals()[_name] = _compare
    del _name, _op, _compare

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        # Immutable: an exact Fraction is its own copy.
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
`
