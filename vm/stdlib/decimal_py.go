package stdlib

// decimal in Python, written for minipy: the General Decimal Arithmetic
// Specification as CPython's decimal module presents it. A Decimal is
// a sign, an int coefficient and an int exponent (or 'n', 'N', 'F' for
// NaN, sNaN and Infinity); every operation computes the exact result
// with ints and rounds it once in _fix. An operation's conditions
// gather in a bit mask that Context._apply turns into flags and, when
// trapped, into the exception CPython's _decimal raises (the first
// trapped signal, its argument the list of trapped conditions). exp,
// ln, log10 and non-integer powers are correctly rounded: fixed-point
// series over ints in a loop that widens the working precision until
// both ends of the error interval round alike (Ziv's method).

func init() {
	addFrozen("decimal", "Decimal fixed point and floating point arithmetic.", decimalSource)
}

const decimalSource = `
import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple
from _decimal_core import (new as _cnew, fast_add as _fadd, fast_mul as _fmul,
                           fast_cmp as _fcmp, parse as _fparse, DecimalBase as _DecimalBase,
                           ContextBase as _ContextBase, fast_div as _fdiv,
                           fast_quantize as _fquantize, to_sci as _tosci,
                           hash_finite as _fhash)

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

# Rounding modes as small ints for the arithmetic core.
_RMODES = {ROUND_CEILING: 0, ROUND_FLOOR: 1, ROUND_UP: 2, ROUND_DOWN: 3,
           ROUND_HALF_UP: 4, ROUND_HALF_DOWN: 5, ROUND_HALF_EVEN: 6,
           ROUND_05UP: 7}
_R_CEILING, _R_FLOOR, _R_UP, _R_DOWN, _R_HALF_UP, _R_HALF_DOWN, _R_HALF_EVEN, _R_05UP = range(8)
_RNAMES = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
           ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]


# ---- signals ----

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass

# Condition bits. The signals' bits first (in the order the context's
# flag and trap dictionaries list them), then the finer conditions that
# all mean InvalidOperation.
_S_INVALID = 1
_S_FLOATOP = 2
_S_DIVZERO = 4
_S_OVERFLOW = 8
_S_UNDERFLOW = 16
_S_SUBNORMAL = 32
_S_INEXACT = 64
_S_ROUNDED = 128
_S_CLAMPED = 256
_C_SYNTAX = 512
_C_DIVIMPOSSIBLE = 1024
_C_DIVUNDEFINED = 2048
_C_INVCONTEXT = 4096
_C_ANYINVALID = _S_INVALID | _C_SYNTAX | _C_DIVIMPOSSIBLE | _C_DIVUNDEFINED | _C_INVCONTEXT

_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]
_SIGBIT = {InvalidOperation: _S_INVALID, FloatOperation: _S_FLOATOP,
           DivisionByZero: _S_DIVZERO, Overflow: _S_OVERFLOW,
           Underflow: _S_UNDERFLOW, Subnormal: _S_SUBNORMAL,
           Inexact: _S_INEXACT, Rounded: _S_ROUNDED, Clamped: _S_CLAMPED}
# The order the context's repr lists flags and traps in.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow]
# Conditions named in an exception's argument list, finer ones first.
_COND_LIST = [(_C_SYNTAX, ConversionSyntax), (_C_DIVIMPOSSIBLE, DivisionImpossible),
              (_C_DIVUNDEFINED, DivisionUndefined), (_C_INVCONTEXT, InvalidContext)] + \
             [(_SIGBIT[s], s) for s in _SIGNALS]


def _signal_bits(conds):
    # The signal bits a set of conditions raises.
    if conds & _C_ANYINVALID:
        conds = (conds & ~_C_ANYINVALID) | _S_INVALID
    return conds


# ---- the per-thread context ----

# The current context of each thread, keyed by thread id: a dict lookup
# is much cheaper than a threading.local attribute here. A thread-local
# holds a reaper whose finalizer drops the entry when the thread ends (a
# later thread may reuse the id).
import _thread
_get_ident = _thread.get_ident
_contexts = {}
_reapers = _thread._local()


class _Reaper(object):
    __slots__ = ('key',)

    def __del__(self):
        _contexts.pop(self.key, None)


def getcontext():
    """Return the current context (a copy of DefaultContext at first)."""
    try:
        return _contexts[_get_ident()]
    except KeyError:
        ctx = DefaultContext._fresh_copy()
        _setctx(ctx)
        return ctx


def _setctx(ctx):
    key = _get_ident()
    if key not in _contexts:
        r = _Reaper()
        r.key = key
        _reapers.reaper = r
    _contexts[key] = ctx


def setcontext(context):
    """Set a new default context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context._fresh_copy()
    _setctx(context)


class _ContextManager(object):
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        _setctx(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        _setctx(self.saved_context)


_LOCALCTX_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """Return a context manager that makes a copy of ctx (or the current
    context) the current one inside a with statement."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCALCTX_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _ContextManager(new)


# ---- signal dictionaries ----

_SIGNAL_KEY_MSG = ("valid values for signals are:\n"
                   "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                   "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                   "   Clamped]")


class _SignalDict(object):
    # A live view of a context's flag or trap bits, keyed by signal.
    __slots__ = ('_ctx', '_traps')

    def __init__(self, ctx, traps):
        self._ctx = ctx
        self._traps = traps

    def _bits(self):
        return self._ctx._traps if self._traps else self._ctx._flags

    def _bit(self, key):
        try:
            return _SIGBIT[key]
        except (KeyError, TypeError):
            raise KeyError(_SIGNAL_KEY_MSG) from None

    def __getitem__(self, key):
        return bool(self._bits() & self._bit(key))

    def __setitem__(self, key, value):
        b = self._bit(key)
        bits = self._bits()
        bits = (bits | b) if value else (bits & ~b)
        if self._traps:
            self._ctx._traps = bits
        else:
            self._ctx._flags = bits

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, key):
        return key in _SIGBIT

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        bits = self._bits()
        return [bool(bits & _SIGBIT[s]) for s in _SIGNALS]

    def items(self):
        bits = self._bits()
        return [(s, bool(bits & _SIGBIT[s])) for s in _SIGNALS]

    def get(self, key, default=None):
        if key in _SIGBIT:
            return self[key]
        return default

    def copy(self):
        return dict(self.items())

    def update(self, other):
        for k, v in dict(other).items():
            self[k] = v

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._bits() == other._bits()
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (s, v) for s, v in self.items()) + '}'


def _bits_of(value, what):
    # Bits from a list of signals or a dict {signal: bool}.
    bits = 0
    if isinstance(value, (dict, _SignalDict)):
        keys = list(value.keys())
        if len(keys) != len(_SIGNALS) or any(k not in _SIGBIT for k in keys):
            raise KeyError("invalid signal dict")
        for k in keys:
            if value[k]:
                bits |= _SIGBIT[k]
        return bits
    try:
        items = list(value)
    except TypeError:
        raise TypeError("argument must be a signal dict") from None
    for k in items:
        if k not in _SIGBIT:
            raise KeyError(_SIGNAL_KEY_MSG)
        bits |= _SIGBIT[k]
    return bits


def _check_int(v):
    if not isinstance(v, int):
        raise TypeError("an integer is required")
    return int(v)


# ---- Context ----

class Context(_ContextBase):
    """The context: precision, rounding, exponent limits, flags and traps
    of arithmetic operations."""

    __slots__ = ()

    # the rounding mode's name, stored as its index _rmode
    @property
    def _rounding(self):
        return _RNAMES[self._rmode]

    @_rounding.setter
    def _rounding(self, v):
        self._rmode = _RMODES[v]

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._rmode = _R_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = _S_INVALID | _S_DIVZERO | _S_OVERFLOW
        if dc is not None:
            self._prec = dc._prec
            self._rounding = dc._rounding
            self._rmode = dc._rmode
            self._Emin = dc._Emin
            self._Emax = dc._Emax
            self._capitals = dc._capitals
            self._clamp = dc._clamp
            self._traps = dc._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _bits_of(flags, 'flags')
        if traps is not None:
            self._traps = _bits_of(traps, 'traps')

    def _fresh_copy(self):
        c = self.copy()
        c._flags = 0
        return c

    # properties with CPython's checks
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        v = _check_int(v)
        if not 1 <= v <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = v

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        if not isinstance(v, str) or v not in _RMODES:
            raise TypeError("valid values for rounding are:\n"
                            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                            "   ROUND_05UP]")
        self._rounding = _RNAMES[_RMODES[v]]
        self._rmode = _RMODES[v]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, v):
        v = _check_int(v)
        if not MIN_EMIN <= v <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = v

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, v):
        v = _check_int(v)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = v

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        v = _check_int(v)
        if v not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = v

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        v = _check_int(v)
        if v not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = v

    @property
    def flags(self):
        return _SignalDict(self, False)

    @flags.setter
    def flags(self, v):
        self._flags = _bits_of(v, 'flags')

    @property
    def traps(self):
        return _SignalDict(self, True)

    @traps.setter
    def traps(self, v):
        self._traps = _bits_of(v, 'traps')

    def __repr__(self):
        fl = [s.__name__ for s in _REPR_ORDER if self._flags & _SIGBIT[s]]
        tr = [s.__name__ for s in _REPR_ORDER if self._traps & _SIGBIT[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])' %
                (self._prec, self._rounding, self._Emin, self._Emax,
                 self._capitals, self._clamp, ', '.join(fl), ', '.join(tr)))

    def __reduce__(self):
        return (self.__class__, (self._prec, self._rounding, self._Emin, self._Emax,
                                 self._capitals, self._clamp,
                                 [s for s in _SIGNALS if self._flags & _SIGBIT[s]],
                                 [s for s in _SIGNALS if self._traps & _SIGBIT[s]]))

    def copy(self):
        c = _ContextBase.__new__(Context)
        c._prec = self._prec
        c._rmode = self._rmode
        c._Emin = self._Emin
        c._Emax = self._Emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = self._flags
        c._traps = self._traps
        return c

    __copy__ = copy

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def _apply(self, conds):
        # Record an operation's conditions; raise the first trapped one.
        sig = _signal_bits(conds)
        self._flags |= sig
        trapped = sig & self._traps
        if trapped:
            self._raise(conds, trapped)

    def _raise(self, conds, trapped):
        for s in _SIGNALS:
            if trapped & _SIGBIT[s]:
                exc = s
                break
        names = []
        for bit, cls in _COND_LIST:
            if conds & bit:
                sbit = _S_INVALID if bit & _C_ANYINVALID else bit
                if trapped & sbit:
                    names.append(cls)
        raise exc(names)

    def create_decimal(self, num='0'):
        """Make a Decimal of num, rounded to this context."""
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            self._apply(_C_SYNTAX)
            return Decimal('NaN')
        d = Decimal(num, self)
        if d._special:
            if d._exp != 'F' and _nd(d._int) > self._prec - self._clamp:
                self._apply(_C_SYNTAX)
                return Decimal('NaN')
            return d
        return _finalize(d._sign, d._int, d._exp, self)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._special:
            return d
        return _finalize(d._sign, d._int, d._exp, self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def to_sci_string(self, a):
        return _cvt(a, self).__str__(context=self)

    def to_eng_string(self, a):
        return _cvt(a, self).to_eng_string(context=self)

    def _one(name):
        def f(self, a):
            return getattr(_cvt(a, self), name)(context=self)
        f.__name__ = name
        return f

    def _two(name):
        def f(self, a, b):
            return getattr(_cvt(a, self), name)(_cvt(b, self), context=self)
        f.__name__ = name
        return f

    abs = _one('__abs__')
    plus = _one('__pos__')
    minus = _one('__neg__')
    exp = _one('exp')
    ln = _one('ln')
    log10 = _one('log10')
    logb = _one('logb')
    sqrt = _one('sqrt')
    normalize = _one('normalize')
    next_plus = _one('next_plus')
    next_minus = _one('next_minus')
    number_class = _one('number_class')
    to_integral = _one('to_integral_value')
    to_integral_value = _one('to_integral_value')
    to_integral_exact = _one('to_integral_exact')
    is_normal = _one('is_normal')
    is_subnormal = _one('is_subnormal')
    logical_invert = _one('logical_invert')
    add = _two('__add__')
    subtract = _two('__sub__')
    multiply = _two('__mul__')
    divide = _two('__truediv__')
    divide_int = _two('__floordiv__')
    remainder = _two('__mod__')
    divmod = _two('__divmod__')
    compare = _two('compare')
    compare_signal = _two('compare_signal')
    max = _two('max')
    min = _two('min')
    max_mag = _two('max_mag')
    min_mag = _two('min_mag')
    next_toward = _two('next_toward')
    quantize = _two('quantize')
    remainder_near = _two('remainder_near')
    scaleb = _two('scaleb')
    rotate = _two('rotate')
    shift = _two('shift')
    logical_and = _two('logical_and')
    logical_or = _two('logical_or')
    logical_xor = _two('logical_xor')
    del _one, _two

    def _pure1(name):
        def f(self, a):
            return getattr(_cvt(a, self), name)()
        f.__name__ = name
        return f

    copy_abs = _pure1('copy_abs')
    copy_negate = _pure1('copy_negate')
    is_finite = _pure1('is_finite')
    is_infinite = _pure1('is_infinite')
    is_nan = _pure1('is_nan')
    is_qnan = _pure1('is_qnan')
    is_snan = _pure1('is_snan')
    is_signed = _pure1('is_signed')
    is_zero = _pure1('is_zero')
    del _pure1

    def copy_decimal(self, a):
        return Decimal(_cvt(a, self))

    def copy_sign(self, a, b):
        return _cvt(a, self).copy_sign(_cvt(b, self))

    def compare_total(self, a, b):
        return _cvt(a, self).compare_total(_cvt(b, self))

    def compare_total_mag(self, a, b):
        return _cvt(a, self).compare_total_mag(_cvt(b, self))

    def same_quantum(self, a, b):
        return _cvt(a, self).same_quantum(_cvt(b, self))

    def fma(self, a, b, c):
        return _cvt(a, self).fma(b, c, context=self)

    def power(self, a, b, modulo=None):
        return _cvt(a, self).__pow__(b, modulo, context=self)


def _cvt(a, ctx):
    # A context method's operand: Decimal or int only.
    if isinstance(a, Decimal):
        return a
    if isinstance(a, int):
        return Decimal(a)
    raise TypeError("conversion from %s to Decimal is not supported" % type(a).__name__)


# ---- the arithmetic core ----

_P10 = [10 ** _i for _i in range(400)]


def _p10(n):
    if n < 400:
        return _P10[n]
    return 10 ** n


def _nd(n):
    # Number of decimal digits of the non-negative int n (1 for 0).
    if n < 10000000000000000:
        if n < 10:
            return 1
        return len(str(n))
    # estimate from the bit length, then correct
    d = (n.bit_length() * 1233) >> 12
    if n >= _p10(d):
        d += 1
    return d if d > 0 else 1


def _mk(sign, coef, exp, special=False):
    return _cnew(Decimal, sign, coef, exp, special)


def _nan(sign, payload, ctx=None):
    # A quiet NaN result, its payload cut to what the context holds.
    if ctx is not None and payload:
        keep = ctx._prec - ctx._clamp
        if _nd(payload) > keep:
            payload = payload % _p10(keep) if keep > 0 else 0
    return _mk(sign, payload, 'n', True)


def _rnd(sign, coef, drop, nd, mode):
    # Drop the last drop (>= 1) digits of coef (nd digits, nonzero):
    # (new coefficient, inexact).
    if drop > nd:
        q = 0
        cmp = -1
    else:
        p = _p10(drop)
        q, r = divmod(coef, p)
        if not r:
            return q, False
        h = p >> 1
        cmp = (r > h) - (r < h)
    if mode == _R_HALF_EVEN:
        up = cmp > 0 or (cmp == 0 and q & 1)
    elif mode == _R_HALF_UP:
        up = cmp >= 0
    elif mode == _R_HALF_DOWN:
        up = cmp > 0
    elif mode == _R_DOWN:
        up = False
    elif mode == _R_UP:
        up = True
    elif mode == _R_CEILING:
        up = not sign
    elif mode == _R_FLOOR:
        up = sign
    else:
        up = q % 5 == 0
    if up:
        q += 1
    return q, True


def _overflow_result(sign, ctx):
    m = ctx._rmode
    if m == _R_DOWN or m == _R_05UP or (m == _R_CEILING and sign) or (m == _R_FLOOR and not sign):
        prec = ctx._prec
        return _mk(sign, _p10(prec) - 1, ctx._Emax - prec + 1)
    return _mk(sign, 0, 'F', True)


_OVF = _S_OVERFLOW | _S_INEXACT | _S_ROUNDED


def _fix(sign, coef, exp, ctx):
    # Fit an exact finite result into the context: (Decimal, conditions).
    prec = ctx._prec
    emax = ctx._Emax
    if coef == 0:
        etiny = ctx._Emin - prec + 1
        top = emax - prec + 1 if ctx._clamp else emax
        if exp < etiny:
            return _mk(sign, 0, etiny), _S_CLAMPED
        if exp > top:
            return _mk(sign, 0, top), _S_CLAMPED
        return _mk(sign, 0, exp), 0
    nd = _nd(coef)
    adj = exp + nd - 1
    if adj > emax:
        return _overflow_result(sign, ctx), _OVF
    emin = ctx._Emin
    if adj < emin:
        etiny = emin - prec + 1
        if exp >= etiny:
            return _mk(sign, coef, exp), _S_SUBNORMAL
        q, inexact = _rnd(sign, coef, etiny - exp, nd, ctx._rmode)
        conds = _S_SUBNORMAL | _S_ROUNDED
        if inexact:
            conds |= _S_INEXACT | _S_UNDERFLOW
            if not q:
                conds |= _S_CLAMPED
        return _mk(sign, q, etiny), conds
    conds = 0
    if nd > prec:
        drop = nd - prec
        coef, inexact = _rnd(sign, coef, drop, nd, ctx._rmode)
        exp += drop
        conds = _S_ROUNDED | _S_INEXACT if inexact else _S_ROUNDED
        if coef == _p10(prec):
            coef = _p10(prec - 1)
            exp += 1
            if exp + prec - 1 > emax:
                return _overflow_result(sign, ctx), _OVF
    if ctx._clamp:
        top = emax - prec + 1
        if exp > top:
            coef *= _p10(exp - top)
            exp = top
            conds |= _S_CLAMPED
    return _mk(sign, coef, exp), conds


def _finalize(sign, coef, exp, ctx, conds=0):
    # _fix, recording the conditions in the context.
    prec = ctx._prec
    if coef < (_P10[prec] if prec < 400 else 10 ** prec) and ctx._Emin <= exp <= ctx._Emax - prec + 1:
        d = _cnew(Decimal, sign, coef, exp, False)
        if conds:
            ctx._apply(conds)
        return d
    else:
        d, c = _fix(sign, coef, exp, ctx)
        conds |= c
    if conds:
        ctx._apply(conds)
    return d


def _rescale(sign, coef, exp, newexp, mode):
    # (coef, inexact) of the value at exponent newexp, rounded by mode.
    if newexp <= exp:
        return coef * _p10(exp - newexp), False
    if coef == 0:
        return 0, False
    return _rnd(sign, coef, newexp - exp, _nd(coef), mode)


def _parse(s):
    # (sign, coefficient, exponent, special) of a numeric string, or None.
    s = s.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    c = s[0]
    if c == '-' or c == '+':
        sign = 1 if c == '-' else 0
        s = s[1:]
    if s.isdecimal():
        return sign, int(s), 0, False
    low = s.lower()
    if low == 'inf' or low == 'infinity':
        return sign, 0, 'F', True
    if low.startswith('nan') or low.startswith('snan'):
        if low[0] == 's':
            kind, rest = 'N', low[4:]
        else:
            kind, rest = 'n', low[3:]
        if not rest:
            return sign, 0, kind, True
        if rest.isdecimal():
            return sign, int(rest), kind, True
        return None
    e = low.find('e')
    ex = 0
    if e >= 0:
        es = low[e + 1:]
        low = low[:e]
        t = es[1:] if es[:1] in ('+', '-') else es
        if not t.isdecimal():
            return None
        ex = int(es)
    dot = low.find('.')
    if dot >= 0:
        ip = low[:dot]
        fp = low[dot + 1:]
        digits = ip + fp
        if not digits or not digits.isdecimal():
            return None
        return sign, int(digits), ex - len(fp), False
    if not low.isdecimal():
        return None
    return sign, int(low), ex, False


def _from_float(f):
    if f != f:
        return _mk(1 if _math.copysign(1.0, f) < 0 else 0, 0, 'n', True)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF, _NINF):
        return _mk(sign, 0, 'F', True)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    # n / 2**k == n * 5**k / 10**k
    return _mk(sign, n * 5 ** k, -k)


_INF = float('inf')
_NINF = float('-inf')


def _from_tuple(v):
    if len(v) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = v
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp == 'F':
            return _mk(sign, 0, 'F', True)
        if exp not in ('n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        special = True
    elif isinstance(exp, int):
        special = False
    else:
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coef = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coef = coef * 10 + dg
    return _mk(sign, coef, exp, special)


def _conv(other):
    # The Decimal of an operator's other operand, or NotImplemented.
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _mk(1 if other < 0 else 0, -other if other < 0 else other, 0)
    return NotImplemented


_SEQUENCES = (list, tuple, str, bytes, bytearray)


def _tname(x):
    t = type(x)
    if t is Decimal:
        return 'decimal.Decimal'
    return t.__name__


def _conv_op(other, self, sym, reflected):
    # An arithmetic operator's other operand as a Decimal; for the
    # built-in types nothing else can handle, the TypeError CPython
    # raises (naming 'decimal.Decimal'); NotImplemented otherwise.
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _mk(1 if other < 0 else 0, -other if other < 0 else other, 0)
    if type(other).__module__ in ('builtins', 'fractions') and not (sym == '*' and isinstance(other, _SEQUENCES)):
        a, b = (other, self) if reflected else (self, other)
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (sym, _tname(a), _tname(b)))
    return NotImplemented


def _conv_m(other):
    # A method's other operand: Decimal or int, else TypeError.
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _mk(1 if other < 0 else 0, -other if other < 0 else other, 0)
    raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _nan2(a, b, ctx):
    # The result when a or b is a NaN, else None.
    ae = a._exp
    be = b._exp
    if ae == 'N':
        ctx._apply(_S_INVALID)
        return _nan(a._sign, a._int, ctx)
    if be == 'N':
        ctx._apply(_S_INVALID)
        return _nan(b._sign, b._int, ctx)
    if ae == 'n':
        return _nan(a._sign, a._int, ctx)
    if be == 'n':
        return _nan(b._sign, b._int, ctx)
    return None


def _invalid(ctx, cond=_S_INVALID):
    ctx._apply(cond)
    return _mk(0, 0, 'n', True)


def _add(a, b, ctx, bsign):
    # a + b where b's sign is taken as bsign (subtraction flips it).
    if a._special or b._special:
        return _add_special(a, b, ctx, bsign)
    ae = a._exp
    be = b._exp
    if ae == be:
        asign = a._sign
        if asign == bsign:
            return _finalize(asign, a._int + b._int, ae, ctx)
        c = a._int - b._int
        if c > 0:
            return _finalize(asign, c, ae, ctx)
        if c < 0:
            return _finalize(bsign, -c, ae, ctx)
        return _finalize(1 if ctx._rmode == _R_FLOOR else 0, 0, ae, ctx)
    return _add_general(a, b, ctx, bsign)


def _add_special(a, b, ctx, bsign):
    if True:
        r = _nan2(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != bsign:
                return _invalid(ctx)
            return _mk(a._sign, 0, 'F', True)
        return _mk(bsign, 0, 'F', True)


def _add_general(a, b, ctx, bsign):
    asign = a._sign
    ac = a._int
    ae = a._exp
    bc = b._int
    be = b._exp
    if ae == be:
        exp = ae
    else:
        if ae < be:
            asign, ac, ae, bsign, bc, be = bsign, bc, be, asign, ac, ae
        # now ae > be: a has the larger exponent
        diff = ae - be
        if diff > 30 and ac and bc:
            # b may lie wholly below the rounding position: keep one
            # sticky digit of it there instead of a huge alignment.
            nda = _nd(ac)
            limit = ae + min(-1, nda - ctx._prec - 2)
            if be + _nd(bc) - 1 < limit:
                bc = 1
                be = limit
                diff = ae - be
        ac = ac * _p10(diff)
        exp = be
    if asign == bsign:
        return _finalize(asign, ac + bc, exp, ctx)
    c = ac - bc
    if c > 0:
        return _finalize(asign, c, exp, ctx)
    if c < 0:
        return _finalize(bsign, -c, exp, ctx)
    return _finalize(1 if ctx._rmode == _R_FLOOR else 0, 0, exp, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan2(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if not b._special and not b._int:
                return _invalid(ctx)
            return _mk(sign, 0, 'F', True)
        if not a._int:
            return _invalid(ctx)
        return _mk(sign, 0, 'F', True)
    return _finalize(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan2(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid(ctx)
            return _mk(sign, 0, 'F', True)
        # finite / infinity
        return _finalize(sign, 0, ctx._Emin - ctx._prec + 1, ctx, _S_CLAMPED)
    bc = b._int
    if not bc:
        if not a._int:
            return _invalid(ctx, _C_DIVUNDEFINED)
        ctx._apply(_S_DIVZERO)
        return _mk(sign, 0, 'F', True)
    ac = a._int
    ideal = a._exp - b._exp
    if not ac:
        return _finalize(sign, 0, ideal, ctx)
    prec = ctx._prec
    shift = _nd(bc) - _nd(ac) + prec + 1
    if shift >= 0:
        q, r = divmod(ac * _p10(shift), bc)
    else:
        q, r = divmod(ac, bc * _p10(-shift))
    exp = ideal - shift
    if r:
        q = q * 10 + 1
        exp -= 1
    else:
        # exact: move toward the ideal exponent
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finalize(sign, q, exp, ctx)


def _divmod_core(a, b, ctx):
    # Finite a, b with b nonzero: (quotient Decimal, remainder Decimal),
    # or None after signalling DivisionImpossible.
    sign = a._sign ^ b._sign
    rexp = a._exp if a._exp < b._exp else b._exp
    ac = a._int
    bc = b._int
    if not ac:
        return _mk(sign, 0, 0), (a._sign, 0, rexp)
    adja = a._exp + _nd(ac) - 1
    adjb = b._exp + _nd(bc) - 1
    prec = ctx._prec
    if adja - adjb > prec:
        return None
    if adja < adjb - 1:
        return _mk(sign, 0, 0), (a._sign, ac * _p10(a._exp - rexp), rexp)
    ea = a._exp - rexp
    eb = b._exp - rexp
    q, r = divmod(ac * _p10(ea), bc * _p10(eb))
    if q >= _p10(prec):
        return None
    return _mk(sign, q, 0), (a._sign, r, rexp)


def _cmp(a, b):
    # -1, 0, 1 comparing two non-NaN Decimals.
    if a._special or b._special:
        av = 0 if not a._special else (-1 if a._sign else 1)
        bv = 0 if not b._special else (-1 if b._sign else 1)
        if av or bv:
            if av == bv:
                return 0
            if av and bv:
                return -1 if av < bv else 1
            if av:
                return av
            return -bv
    ac = a._int
    bc = b._int
    if not ac:
        if not bc:
            return 0
        return 1 if b._sign else -1
    if not bc:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ae = a._exp
    be = b._exp
    if ae != be:
        adja = ae + _nd(ac) - 1
        adjb = be + _nd(bc) - 1
        if adja != adjb:
            r = 1 if adja > adjb else -1
            return -r if a._sign else r
        if ae > be:
            ac = ac * _p10(ae - be)
        else:
            bc = bc * _p10(be - ae)
    if ac == bc:
        return 0
    r = 1 if ac > bc else -1
    return -r if a._sign else r


def _rich_other(self, other, op):
    # The Decimal to compare self with, NotImplemented, or a
    # (numerator, denominator) pair for rationals.
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _mk(1 if other < 0 else 0, -other if other < 0 else other, 0)
    if isinstance(other, float):
        ctx = getcontext()
        if op not in ('eq', 'ne'):
            ctx._apply(_S_FLOATOP)
        return _from_float(other)
    if isinstance(other, complex):
        if op in ('eq', 'ne') and other.imag == 0:
            return _rich_other(self, other.real, op)
        return NotImplemented
    if isinstance(other, _numbers.Rational):
        return (other.numerator, other.denominator)
    return NotImplemented


def _cmp_rational(a, n, d):
    # Compare finite-or-infinite Decimal a with n/d (d > 0).
    if a._special:
        return -1 if a._sign else 1
    x = -a._int if a._sign else a._int
    e = a._exp
    if e >= 0:
        lhs = x * _p10(e) * d
        rhs = n
    else:
        lhs = x * d
        rhs = n * _p10(-e)
    return (lhs > rhs) - (lhs < rhs)


_HASH_MOD = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)


class Decimal(_DecimalBase):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active.

    """

    __slots__ = ()

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        if isinstance(value, str):
            d = _fparse(cls, value)
            if d is not None:
                return d
            p = _parse(value)
            if p is None:
                _ctx(context)._apply(_C_SYNTAX)
                p = (0, 0, 'n', True)
            return _cnew(cls, p[0], p[1], p[2], p[3])
        if isinstance(value, int):
            if value < 0:
                return _cnew(cls, 1, -value, 0, False)
            return _cnew(cls, 0, int(value), 0, False)
        if isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            return _cnew(cls, value._sign, value._int, value._exp, value._special)
        if isinstance(value, float):
            _ctx(context)._apply(_S_FLOATOP)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        return _cnew(cls, d._sign, d._int, d._exp, d._special)

    @classmethod
    def from_float(cls, f):
        """Class method that converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    # ---- strings ----

    def __str__(self, eng=False, context=None):
        if not self._special:
            if context is None:
                try:
                    context = _contexts[_get_ident()]
                except KeyError:
                    context = getcontext()
            r = _tosci(self, context._capitals, eng)
            if r is not None:
                return r
        sign = '-' if self._sign else ''
        exp = self._exp
        if self._special:
            if exp == 'F':
                return sign + 'Infinity'
            body = 'NaN' if exp == 'n' else 'sNaN'
            return sign + body + (str(self._int) if self._int else '')
        digits = str(self._int)
        if exp == 0:
            return sign + digits
        nd = len(digits)
        left = exp + nd
        if exp <= 0 and left > -6:
            point = left
        elif not eng:
            point = 1
        elif not self._int:
            point = (left + 1) % 3 - 1
        else:
            point = (left - 1) % 3 + 1
        if point <= 0:
            body = '0.' + '0' * (-point) + digits
        elif point >= nd:
            body = digits + '0' * (point - nd)
        else:
            body = digits[:point] + '.' + digits[point:]
        if left != point:
            if context is None:
                context = getcontext()
            body += ('E' if context._capitals else 'e') + '%+d' % (left - point)
        return sign + body

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def to_eng_string(self, context=None):
        """Convert to an engineering-type string."""
        return self.__str__(True, _ctx(context))

    # ---- arithmetic operators ----

    def __add__(self, other, context=None):
        if context is None:
            try:
                context = _contexts[_get_ident()]
            except KeyError:
                context = getcontext()
        r = _fadd(self, other, context, Decimal, False)
        if r is not None:
            return r
        if other.__class__ is not Decimal:
            other = _conv_op(other, self, '+', False)
            if other is NotImplemented:
                return other
        return _add(self, other, context or getcontext(), other._sign)

    def __radd__(self, other, context=None):
        if context is None:
            try:
                context = _contexts[_get_ident()]
            except KeyError:
                context = getcontext()
        r = _fadd(self, other, context, Decimal, False)
        if r is not None:
            return r
        other = _conv_op(other, self, '+', True)
        if other is NotImplemented:
            return other
        return _add(other, self, context or getcontext(), self._sign)

    def __sub__(self, other, context=None):
        if context is None:
            try:
                context = _contexts[_get_ident()]
            except KeyError:
                context = getcontext()
        r = _fadd(self, other, context, Decimal, True)
        if r is not None:
            return r
        if other.__class__ is not Decimal:
            other = _conv_op(other, self, '-', False)
            if other is NotImplemented:
                return other
        return _add(self, other, context or getcontext(), other._sign ^ 1)

    def __rsub__(self, other, context=None):
        other = _conv_op(other, self, '-', True)
        if other is NotImplemented:
            return other
        return _add(other, self, context or getcontext(), self._sign ^ 1)

    def __mul__(self, other, context=None):
        if context is None:
            try:
                context = _contexts[_get_ident()]
            except KeyError:
                context = getcontext()
        r = _fmul(self, other, context, Decimal)
        if r is not None:
            return r
        if other.__class__ is not Decimal:
            other = _conv_op(other, self, '*', False)
            if other is NotImplemented:
                return other
        return _mul(self, other, context or getcontext())

    def __rmul__(self, other, context=None):
        if context is None:
            try:
                context = _contexts[_get_ident()]
            except KeyError:
                context = getcontext()
        r = _fmul(self, other, context, Decimal)
        if r is not None:
            return r
        other = _conv_op(other, self, '*', True)
        if other is NotImplemented:
            return other
        return _mul(other, self, context or getcontext())

    def __truediv__(self, other, context=None):
        if context is None:
            try:
                context = _contexts[_get_ident()]
            except KeyError:
                context = getcontext()
        r = _fdiv(self, other, context, Decimal)
        if r is not None:
            return r
        if other.__class__ is not Decimal:
            other = _conv_op(other, self, '/', False)
            if other is NotImplemented:
                return other
        return _div(self, other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        other = _conv_op(other, self, '/', True)
        if other is NotImplemented:
            return other
        return _div(other, self, context or getcontext())

    def _divmod(self, other, ctx, want):
        # want: 0 quotient, 1 remainder, 2 both.
        sign = self._sign ^ other._sign
        if self._special or other._special:
            r = _nan2(self, other, ctx)
            if r is not None:
                return (r, r) if want == 2 else r
            if self._exp == 'F':
                if other._exp == 'F':
                    r = _invalid(ctx)
                    return (r, r) if want == 2 else r
                if want == 0:
                    return _mk(sign, 0, 'F', True)
                if want == 1:
                    return _invalid(ctx)
                ctx._apply(_S_INVALID)
                return (_mk(sign, 0, 'F', True), _mk(0, 0, 'n', True))
            # finite by infinity
            q = _mk(sign, 0, 0)
            if want == 0:
                return q
            r = _finalize(self._sign, self._int, self._exp, ctx)
            return r if want == 1 else (q, r)
        if not other._int:
            if not self._int:
                r = _invalid(ctx, _C_DIVUNDEFINED)
                return (r, r) if want == 2 else r
            if want == 0:
                ctx._apply(_S_DIVZERO)
                return _mk(sign, 0, 'F', True)
            if want == 1:
                return _invalid(ctx)
            ctx._apply(_S_INVALID | _S_DIVZERO)
            return (_mk(sign, 0, 'F', True), _mk(0, 0, 'n', True))
        res = _divmod_core(self, other, ctx)
        if res is None:
            r = _invalid(ctx, _C_DIVIMPOSSIBLE)
            return (r, r) if want == 2 else r
        q, (rs, rc, re) = res
        if want == 0:
            return q
        r = _finalize(rs, rc, re, ctx)
        return r if want == 1 else (q, r)

    def __floordiv__(self, other, context=None):
        other = _conv_op(other, self, '//', False)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext(), 0)

    def __rfloordiv__(self, other, context=None):
        other = _conv_op(other, self, '//', True)
        if other is NotImplemented:
            return other
        return other._divmod(self, context or getcontext(), 0)

    def __mod__(self, other, context=None):
        other = _conv_op(other, self, '%', False)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext(), 1)

    def __rmod__(self, other, context=None):
        other = _conv_op(other, self, '%', True)
        if other is NotImplemented:
            return other
        return other._divmod(self, context or getcontext(), 1)

    def __divmod__(self, other, context=None):
        other = _conv_op(other, self, 'divmod()', False)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext(), 2)

    def __rdivmod__(self, other, context=None):
        other = _conv_op(other, self, 'divmod()', True)
        if other is NotImplemented:
            return other
        return other._divmod(self, context or getcontext(), 2)

    def remainder_near(self, other, context=None):
        """Return the remainder from dividing self by other, the nearest to zero."""
        other = _conv_m(other)
        ctx = _ctx(context)
        if self._special or other._special:
            r = _nan2(self, other, ctx)
            if r is not None:
                return r
            if self._exp == 'F':
                return _invalid(ctx)
            return _finalize(self._sign, self._int, self._exp, ctx)
        if not other._int:
            return _invalid(ctx, _C_DIVUNDEFINED if not self._int else _S_INVALID)
        rexp = min(self._exp, other._exp)
        if not self._int:
            return _finalize(self._sign, 0, rexp, ctx)
        adja = self.adjusted()
        adjb = other.adjusted()
        if adja - adjb > ctx._prec:
            return _invalid(ctx, _C_DIVIMPOSSIBLE)
        if adja < adjb - 1:
            return _finalize(self._sign, self._int * _p10(self._exp - rexp), rexp, ctx)
        x = self._int * _p10(self._exp - rexp)
        y = other._int * _p10(other._exp - rexp)
        q, r = divmod(x, y)
        if 2 * r > y or (2 * r == y and q & 1):
            r -= y
            q += 1
        if q >= _p10(ctx._prec):
            return _invalid(ctx, _C_DIVIMPOSSIBLE)
        sign = self._sign
        if r < 0:
            sign ^= 1
            r = -r
        return _finalize(sign, r, rexp, ctx)

    def __neg__(self, context=None):
        if context is None:
            try:
                ctx = _contexts[_get_ident()]
            except KeyError:
                ctx = getcontext()
        else:
            ctx = context
        c = self._int
        if c and not self._special:
            prec = ctx._prec
            if prec < 400 and c < _P10[prec] and ctx._Emin <= self._exp <= ctx._Emax - prec + 1:
                return _cnew(Decimal, self._sign ^ 1, c, self._exp, False)
        if self._special:
            if self._exp == 'F':
                return _mk(self._sign ^ 1, 0, 'F', True)
            return self._nan1(ctx)
        if not self._int and ctx._rmode != _R_FLOOR:
            return _finalize(0, 0, self._exp, ctx)
        return _finalize(self._sign ^ 1, self._int, self._exp, ctx)

    def __pos__(self, context=None):
        if context is None:
            try:
                ctx = _contexts[_get_ident()]
            except KeyError:
                ctx = getcontext()
        else:
            ctx = context
        c = self._int
        if c and not self._special:
            prec = ctx._prec
            if prec < 400 and c < _P10[prec] and ctx._Emin <= self._exp <= ctx._Emax - prec + 1:
                return _cnew(Decimal, self._sign, c, self._exp, False)
        if self._special:
            if self._exp == 'F':
                return _mk(self._sign, 0, 'F', True)
            return self._nan1(ctx)
        if not self._int and ctx._rmode != _R_FLOOR:
            return _finalize(0, 0, self._exp, ctx)
        return _finalize(self._sign, self._int, self._exp, ctx)

    def __abs__(self, round=True, context=None):
        if context is None:
            try:
                ctx = _contexts[_get_ident()]
            except KeyError:
                ctx = getcontext()
        else:
            ctx = context
        c = self._int
        if c and not self._special:
            prec = ctx._prec
            if prec < 400 and c < _P10[prec] and ctx._Emin <= self._exp <= ctx._Emax - prec + 1:
                return _cnew(Decimal, 0, c, self._exp, False)
        if self._special:
            if self._exp == 'F':
                return _mk(0, 0, 'F', True)
            return self._nan1(ctx)
        return _finalize(0, self._int, self._exp, ctx)

    def _nan1(self, ctx):
        if self._exp == 'N':
            ctx._apply(_S_INVALID)
        return _nan(self._sign, self._int, ctx)

    # ---- comparisons ----

    def _compare_to(self, other, op):
        o = _rich_other(self, other, op)
        if o is NotImplemented:
            return o
        if self._special and self._exp != 'F' or (o.__class__ is not tuple and o._special and o._exp != 'F'):
            # a NaN
            if op in ('eq', 'ne'):
                if self._exp == 'N' or (o.__class__ is not tuple and o._exp == 'N'):
                    getcontext()._apply(_S_INVALID)
                return None
            getcontext()._apply(_S_INVALID)
            return None
        if o.__class__ is tuple:
            return _cmp_rational(self, o[0], o[1])
        return _cmp(self, o)

    def __eq__(self, other):
        r = _fcmp(self, other)
        if r is not None:
            return r == 0
        r = self._compare_to(other, 'eq')
        if r is NotImplemented:
            return r
        return r == 0

    def __ne__(self, other):
        r = _fcmp(self, other)
        if r is not None:
            return r != 0
        r = self._compare_to(other, 'ne')
        if r is NotImplemented:
            return r
        return r != 0

    def __lt__(self, other):
        r = _fcmp(self, other)
        if r is not None:
            return r < 0
        r = self._compare_to(other, 'lt')
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r < 0

    def __le__(self, other):
        r = _fcmp(self, other)
        if r is not None:
            return r <= 0
        r = self._compare_to(other, 'le')
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r <= 0

    def __gt__(self, other):
        r = _fcmp(self, other)
        if r is not None:
            return r > 0
        r = self._compare_to(other, 'gt')
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r > 0

    def __ge__(self, other):
        r = _fcmp(self, other)
        if r is not None:
            return r >= 0
        r = self._compare_to(other, 'ge')
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r >= 0

    def __hash__(self):
        h = _fhash(self)
        if h is not None:
            return h
        if self._special:
            if self._exp == 'N':
                raise TypeError("Cannot hash a signaling NaN value")
            if self._exp == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        e = self._exp
        if e >= 0:
            m = pow(10, e, _HASH_MOD)
        else:
            m = pow(_HASH_10INV, -e, _HASH_MOD)
        h = self._int * m % _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __bool__(self):
        return self._special or self._int != 0

    # ---- conversions ----

    def _check_int_conv(self, what):
        if self._special:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to " + what)
            raise ValueError("cannot convert NaN to " + what)

    def __int__(self):
        self._check_int_conv('integer')
        e = self._exp
        if e >= 0:
            n = self._int * _p10(e)
        elif -e > _nd(self._int):
            n = 0
        else:
            n = self._int // _p10(-e)
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self._exp == 'N':
                raise ValueError("cannot convert signaling NaN to float")
            if self._exp == 'n':
                return float('-nan') if self._sign else float('nan')
        return float(self.__str__())

    def __complex__(self):
        return complex(float(self))

    def _to_int(self, mode):
        self._check_int_conv('integer')
        e = self._exp
        if e >= 0:
            n = self._int * _p10(e)
        else:
            n, _ = _rescale(self._sign, self._int, e, 0, mode)
        return -n if self._sign else n

    def __floor__(self):
        return self._to_int(_R_FLOOR)

    def __ceil__(self):
        return self._to_int(_R_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(_R_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_mk(0, 1, -n))

    def as_integer_ratio(self):
        """Return a pair of integers whose ratio is exactly the Decimal."""
        self._check_int_conv('integer ratio')
        n = self._int
        e = self._exp
        if not n:
            return 0, 1
        if e >= 0:
            n *= _p10(e)
            d = 1
        else:
            d = _p10(-e)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def as_tuple(self):
        """Return a tuple representation of the number."""
        if self._special and self._exp == 'F':
            digits = (0,)
        elif self._special and not self._int:
            digits = ()
        else:
            digits = tuple(map(int, str(self._int)))
        return DecimalTuple(self._sign, digits, self._exp)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def adjusted(self):
        """Return the adjusted exponent of the number."""
        if self._special:
            return 0
        return self._exp + _nd(self._int) - 1

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    # ---- predicates and copies ----

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp == 'n' or self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and self._int == 0

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        ctx = _ctx(context)
        if self._special or not self._int:
            return False
        return self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        if self._special or not self._int:
            return False
        return self.adjusted() < ctx._Emin

    def copy_abs(self):
        return _mk(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _mk(self._sign ^ 1, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _conv_m(other)
        return _mk(other._sign, self._int, self._exp, self._special)

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._special:
            if self._exp == 'F':
                return '-Infinity' if self._sign else '+Infinity'
            return 'NaN' if self._exp == 'n' else 'sNaN'
        s = '-' if self._sign else '+'
        if not self._int:
            return s + 'Zero'
        if self.adjusted() < ctx._Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def same_quantum(self, other, context=None):
        other = _conv_m(other)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self._exp == 'F' and other._exp == 'F')
        return self._exp == other._exp

    # ---- quantize and friends ----

    def quantize(self, exp, rounding=None, context=None):
        """Round to the exponent of exp."""
        if context is None:
            try:
                ctx = _contexts[_get_ident()]
            except KeyError:
                ctx = getcontext()
        else:
            ctx = _ctx(context)
        mode = ctx._rmode if rounding is None else _rmode_arg(rounding)
        r = _fquantize(self, exp, ctx, Decimal, mode)
        if r is not None:
            return r
        exp = _conv_m(exp)
        if self._special or exp._special:
            r = _nan2(self, exp, ctx)
            if r is not None:
                return r
            if self._exp == 'F' and exp._exp == 'F':
                return _mk(self._sign, 0, 'F', True)
            return _invalid(ctx)
        e = exp._exp
        if not (ctx._Emin - ctx._prec + 1 <= e <= ctx._Emax):
            return _invalid(ctx)
        if not self._int:
            return _finalize(self._sign, 0, e, ctx)
        adj = self.adjusted()
        if adj > ctx._Emax or adj - e + 1 > ctx._prec:
            return _invalid(ctx)
        c, inexact = _rescale(self._sign, self._int, self._exp, e, mode)
        if c and _nd(c) + e - 1 > ctx._Emax or _nd(c) > ctx._prec:
            return _invalid(ctx)
        conds = 0
        if c and _nd(c) + e - 1 < ctx._Emin:
            conds |= _S_SUBNORMAL
        if e > self._exp:
            conds |= _S_ROUNDED
            if inexact:
                conds |= _S_INEXACT
        d, c2 = _fix(self._sign, c, e, ctx)
        conds |= c2
        if conds:
            ctx._apply(conds)
        return d

    def normalize(self, context=None):
        """Normalize: strip trailing zeros, convert zero to 0."""
        ctx = _ctx(context)
        if self._special:
            if self._exp == 'F':
                return _mk(self._sign, 0, 'F', True)
            return self._nan1(ctx)
        d, conds = _fix(self._sign, self._int, self._exp, ctx)
        if conds:
            ctx._apply(conds)
        if d._special:
            return d
        if not d._int:
            return _mk(d._sign, 0, 0)
        c = d._int
        e = d._exp
        top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _mk(d._sign, c, e)

    def _integral(self, mode, ctx, exact):
        if self._special:
            if self._exp == 'F':
                return _mk(self._sign, 0, 'F', True)
            return self._nan1(ctx)
        if self._exp >= 0:
            return self
        if not self._int:
            return _mk(self._sign, 0, 0)
        c, inexact = _rescale(self._sign, self._int, self._exp, 0, mode)
        if exact:
            ctx._apply(_S_ROUNDED | _S_INEXACT if inexact else _S_ROUNDED)
        return _mk(self._sign, c, 0)

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer, without signalling Inexact or Rounded."""
        ctx = _ctx(context)
        mode = ctx._rmode if rounding is None else _rmode_arg(rounding)
        return self._integral(mode, ctx, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Round to an integer, signalling Inexact and Rounded as needed."""
        ctx = _ctx(context)
        mode = ctx._rmode if rounding is None else _rmode_arg(rounding)
        return self._integral(mode, ctx, True)

    def scaleb(self, other, context=None):
        """Return self with its exponent adjusted by other."""
        other = _conv_m(other)
        ctx = _ctx(context)
        if self._special or other._special:
            r = _nan2(self, other, ctx)
            if r is not None:
                return r
        if other._special or other._exp != 0:
            return _invalid(ctx)
        limit = 2 * (ctx._Emax + ctx._prec)
        n = -other._int if other._sign else other._int
        if not -limit <= n <= limit:
            return _invalid(ctx)
        if self._exp == 'F':
            return _mk(self._sign, 0, 'F', True)
        return _finalize(self._sign, self._int, self._exp + n, ctx)

    def logb(self, context=None):
        """Return the adjusted exponent as a Decimal."""
        ctx = _ctx(context)
        if self._special:
            if self._exp == 'F':
                return _mk(0, 0, 'F', True)
            return self._nan1(ctx)
        if not self._int:
            ctx._apply(_S_DIVZERO)
            return _mk(1, 0, 'F', True)
        a = self.adjusted()
        return _finalize(1 if a < 0 else 0, abs(a), 0, ctx)

    # ---- comparisons as operations ----

    def compare(self, other, context=None):
        """Compare, returning a Decimal -1, 0 or 1 (NaN for NaNs)."""
        other = _conv_m(other)
        ctx = _ctx(context)
        if self._special or other._special:
            r = _nan2(self, other, ctx)
            if r is not None:
                return r
        c = _cmp(self, other)
        return _mk(1 if c < 0 else 0, abs(c), 0)

    def compare_signal(self, other, context=None):
        """Like compare, but every NaN signals."""
        other = _conv_m(other)
        ctx = _ctx(context)
        if self.is_nan() or other.is_nan():
            ctx._apply(_S_INVALID)
            src = self if self.is_nan() else other
            if self._exp == 'N' or (other._exp == 'N' and self._exp != 'n'):
                src = self if self._exp == 'N' else other
            return _nan(src._sign, src._int, ctx)
        return self.compare(other, ctx)

    def _total_key(self):
        # Sort key of the total ordering, sign aside.
        if self._special:
            if self._exp == 'F':
                return (1, 0, 0)
            return (2 if self._exp == 'N' else 3, self._int, 0)
        return None

    def compare_total(self, other, context=None):
        """Compare by the total ordering (sign, then value, then exponent)."""
        other = _conv_m(other)
        if self._sign != other._sign:
            return _mk(1, 1, 0) if self._sign else _mk(0, 1, 0)
        r = _total_cmp_mag(self, other)
        if self._sign:
            r = -r
        return _mk(1 if r < 0 else 0, abs(r), 0)

    def compare_total_mag(self, other, context=None):
        """compare_total of the absolute values."""
        other = _conv_m(other)
        r = _total_cmp_mag(self, other)
        return _mk(1 if r < 0 else 0, abs(r), 0)

    def _minmax(self, other, ctx, want_max, mag):
        other = _conv_m(other)
        sn = self.is_nan()
        on = other.is_nan()
        if sn or on:
            if self._exp == 'N' or other._exp == 'N' or (sn and on):
                return _nan2(self, other, ctx)
            # one quiet NaN: the other operand wins
            r = other if sn else self
            return _finalize_any(r, ctx)
        if mag:
            c = _cmp(self.copy_abs(), other.copy_abs())
            if c == 0:
                c = _cmp(self, other)
        else:
            c = _cmp(self, other)
        if c == 0:
            # equal values: order by sign, then exponent
            tk = _total_cmp_mag(self, other)
            if self._sign != other._sign:
                c = -1 if self._sign else 1
            else:
                c = -tk if self._sign else tk
        r = self if (c > 0) == want_max else other
        if c == 0:
            r = self
        return _finalize_any(r, ctx)

    def max(self, other, context=None):
        return self._minmax(other, _ctx(context), True, False)

    def min(self, other, context=None):
        return self._minmax(other, _ctx(context), False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, _ctx(context), True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, _ctx(context), False, True)

    # ---- neighbours ----

    def next_minus(self, context=None):
        """Largest number below self."""
        return _next(self, _ctx(context), -1)

    def next_plus(self, context=None):
        """Smallest number above self."""
        return _next(self, _ctx(context), 1)

    def next_toward(self, other, context=None):
        """The number next to self in the direction of other."""
        other = _conv_m(other)
        ctx = _ctx(context)
        if self._special or other._special:
            r = _nan2(self, other, ctx)
            if r is not None:
                return r
        c = _cmp(self, other)
        if c == 0:
            return _mk(other._sign, self._int, self._exp, self._special)
        work = ctx.copy()
        work._traps = 0
        work._flags = 0
        r = _next(self, work, -1 if c > 0 else 1)
        conds = 0
        if r._exp == 'F':
            conds = _OVF
        elif r._int and r.adjusted() < ctx._Emin:
            conds = _S_SUBNORMAL | _S_UNDERFLOW | _S_INEXACT | _S_ROUNDED
            if not r._int:
                conds |= _S_CLAMPED
        elif not r._int:
            conds = _S_SUBNORMAL | _S_UNDERFLOW | _S_INEXACT | _S_ROUNDED | _S_CLAMPED
        if conds:
            ctx._apply(conds)
        return r

    # ---- fma, sqrt, exp, ln, log10, power ----

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        other = _conv_m(other)
        third = _conv_m(third)
        ctx = _ctx(context)
        if self._special or other._special:
            if self._exp == 'N' or other._exp == 'N' or third._exp == 'N':
                for x in (self, other, third):
                    if x._exp == 'N':
                        ctx._apply(_S_INVALID)
                        return _nan(x._sign, x._int, ctx)
            r = _nan2(self, other, ctx)
            if r is not None:
                return r
            if (self._exp == 'F' and not other._special and not other._int) or \
               (other._exp == 'F' and not self._special and not self._int):
                return _invalid(ctx)
            prod = _mk(self._sign ^ other._sign, 0, 'F', True)
        else:
            if third._exp == 'N':
                ctx._apply(_S_INVALID)
                return _nan(third._sign, third._int, ctx)
            prod = _mk(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return _add(prod, third, ctx, third._sign)

    def sqrt(self, context=None):
        """Return the square root, correctly rounded."""
        ctx = _ctx(context)
        if self._special:
            if self._exp == 'F':
                if self._sign:
                    return _invalid(ctx)
                return _mk(0, 0, 'F', True)
            return self._nan1(ctx)
        ideal = self._exp >> 1
        if not self._int:
            return _finalize(self._sign, 0, ideal, ctx)
        if self._sign:
            return _invalid(ctx)
        prec = ctx._prec
        c = self._int
        e = self._exp
        # make the exponent even and the radicand long enough for prec+1
        # digits of root
        if e & 1:
            c *= 10
            e -= 1
        nd = _nd(c)
        shift = max(0, prec + 1 - (nd + 1) // 2)
        c *= _p10(2 * shift)
        e -= 2 * shift
        r = _math.isqrt(c)
        exact = r * r == c
        re = e // 2
        if exact:
            while re < ideal and r % 10 == 0:
                r //= 10
                re += 1
            work = ctx
            d, conds = _fix(0, r, re, ctx)
            # an exact root is never rounded-to-odd; rounding may still occur
        else:
            r = r * 10 + 1
            re -= 1
            d, conds = _fix(0, r, re, _half_even_ctx(ctx))
            conds |= _S_INEXACT | _S_ROUNDED
        if conds:
            ctx._apply(conds)
        return d

    def exp(self, context=None):
        """Return e ** self, correctly rounded."""
        ctx = _ctx(context)
        if self._special:
            if self._exp == 'F':
                return _mk(0, 0, 0) if self._sign else _mk(0, 0, 'F', True)
            return self._nan1(ctx)
        if not self._int:
            return _mk(0, 1, 0)
        return _transcend(self, ctx, _exp_approx)

    def ln(self, context=None):
        """Return the natural logarithm, correctly rounded."""
        ctx = _ctx(context)
        if self._special:
            if self._exp == 'F':
                if self._sign:
                    return _invalid(ctx)
                return _mk(0, 0, 'F', True)
            return self._nan1(ctx)
        if not self._int:
            return _mk(1, 0, 'F', True)
        if self._sign:
            return _invalid(ctx)
        if self._int * _p10(self._exp) == 1 if self._exp >= 0 and self._exp < 3 else False:
            return _mk(0, 0, 0)
        if _is_one(self):
            return _mk(0, 0, 0)
        return _transcend(self, ctx, _ln_approx)

    def log10(self, context=None):
        """Return the base 10 logarithm, correctly rounded."""
        ctx = _ctx(context)
        if self._special:
            if self._exp == 'F':
                if self._sign:
                    return _invalid(ctx)
                return _mk(0, 0, 'F', True)
            return self._nan1(ctx)
        if not self._int:
            return _mk(1, 0, 'F', True)
        if self._sign:
            return _invalid(ctx)
        c = self._int
        k = 0
        while c % 10 == 0:
            c //= 10
            k += 1
        if c == 1:
            n = self._exp + k
            return _finalize(1 if n < 0 else 0, abs(n), 0, ctx)
        return _transcend(self, ctx, _log10_approx)

    def __pow__(self, other, modulo=None, context=None):
        if other.__class__ is not Decimal:
            other = _conv_op(other, self, '** or pow()', False)
            if other is NotImplemented:
                return other
        ctx = context or getcontext()
        if modulo is not None:
            modulo = _conv(modulo)
            if modulo is NotImplemented:
                return modulo
            return _powmod(self, other, modulo, ctx)
        return _power(self, other, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other = _conv_op(other, self, '** or pow()', True)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    # ---- digit-wise operations ----

    def _digit_arg(self, other, ctx):
        # other as an int in [-prec, prec], or None after signalling.
        if other._special or other._exp != 0:
            return None
        n = -other._int if other._sign else other._int
        if not -ctx._prec <= n <= ctx._prec:
            return None
        return n

    def rotate(self, other, context=None):
        """Rotate the digits of the coefficient by other places."""
        other = _conv_m(other)
        ctx = _ctx(context)
        if self._special or other._special:
            r = _nan2(self, other, ctx)
            if r is not None:
                return r
        n = self._digit_arg(other, ctx)
        if n is None:
            return _invalid(ctx)
        if self._exp == 'F':
            return _mk(self._sign, 0, 'F', True)
        prec = ctx._prec
        s = str(self._int % _p10(prec)).rjust(prec, '0')
        n %= prec
        s = s[n:] + s[:n]
        return _mk(self._sign, int(s), self._exp)

    def shift(self, other, context=None):
        """Shift the digits of the coefficient by other places."""
        other = _conv_m(other)
        ctx = _ctx(context)
        if self._special or other._special:
            r = _nan2(self, other, ctx)
            if r is not None:
                return r
        n = self._digit_arg(other, ctx)
        if n is None:
            return _invalid(ctx)
        if self._exp == 'F':
            return _mk(self._sign, 0, 'F', True)
        prec = ctx._prec
        c = self._int % _p10(prec)
        if n >= 0:
            c = (c * _p10(n)) % _p10(prec)
        else:
            c //= _p10(-n)
        return _mk(self._sign, c, self._exp)

    def _logical(self, other, ctx, fn):
        other = _conv_m(other)
        a = _logical_digits(self, ctx)
        b = _logical_digits(other, ctx)
        if a is None or b is None:
            return _invalid(ctx)
        w = max(len(a), len(b))
        a = a.rjust(w, '0')
        b = b.rjust(w, '0')
        r = ''.join('1' if fn(x == '1', y == '1') else '0' for x, y in zip(a, b))
        return _mk(0, int(r), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, _ctx(context), lambda x, y: x and y)

    def logical_or(self, other, context=None):
        return self._logical(other, _ctx(context), lambda x, y: x or y)

    def logical_xor(self, other, context=None):
        return self._logical(other, _ctx(context), lambda x, y: x != y)

    def logical_invert(self, context=None):
        ctx = _ctx(context)
        return self._logical(_mk(0, int('1' * ctx._prec), 0), ctx, lambda x, y: x != y)

    def __format__(self, specifier, context=None, _localeconv=None):
        return _format(self, specifier, _ctx(context) if context is not None else getcontext())


_ROUNDING_MSG = ("valid values for rounding are:\n"
                 "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                 "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                 "   ROUND_05UP]")


def _rmode_arg(r):
    if not isinstance(r, str) or r not in _RMODES:
        raise TypeError(_ROUNDING_MSG)
    return _RMODES[r]


def _half_even_ctx(ctx):
    if ctx._rmode == _R_HALF_EVEN:
        return ctx
    c = ctx.copy()
    c._rmode = _R_HALF_EVEN
    c._rounding = ROUND_HALF_EVEN
    return c


def _finalize_any(r, ctx):
    if r._special:
        return r
    return _finalize(r._sign, r._int, r._exp, ctx)


def _tkind(a):
    if not a._special:
        return 0
    return {'F': 1, 'N': 2, 'n': 3}[a._exp]


def _total_cmp_mag(a, b):
    ka = _tkind(a)
    kb = _tkind(b)
    if ka != kb:
        return -1 if ka < kb else 1
    if ka >= 2:
        return (a._int > b._int) - (a._int < b._int)
    if ka == 1:
        return 0
    c = _cmp(_mk(0, a._int, a._exp), _mk(0, b._int, b._exp))
    if c:
        return c
    return (a._exp > b._exp) - (a._exp < b._exp)


def _minmax2(self, other, ctx, want_max, mag):
    other = _conv_m(other)
    sn = self.is_nan()
    on = other.is_nan()
    if sn or on:
        if self._exp == 'N' or other._exp == 'N' or (sn and on):
            return _nan2(self, other, ctx)
        return _finalize_any(other if sn else self, ctx)
    if mag:
        c = _cmp(_mk(0, self._int, self._exp, self._special),
                 _mk(0, other._int, other._exp, other._special))
    else:
        c = _cmp(self, other)
    if c == 0:
        if self._sign != other._sign:
            c = -1 if self._sign else 1
        else:
            c = _total_cmp_mag(self, other)
            if self._sign:
                c = -c
    if want_max:
        r = other if c < 0 else self
    else:
        r = self if c < 0 else other
    return _finalize_any(r, ctx)


Decimal._minmax = lambda self, other, ctx, want_max, mag: _minmax2(self, other, ctx, want_max, mag)


def _next(x, ctx, direction):
    if x._special:
        if x._exp == 'F':
            if (direction > 0) == bool(x._sign):
                prec = ctx._prec
                return _mk(x._sign, _p10(prec) - 1, ctx._Emax - prec + 1)
            return _mk(x._sign, 0, 'F', True)
        return x._nan1(ctx)
    work = ctx.copy()
    work._traps = 0
    work._rmode = _R_CEILING if direction > 0 else _R_FLOOR
    d, _ = _fix(x._sign, x._int, x._exp, work)
    if d._special or _cmp(d, x) != 0:
        return d
    tiny = _mk(0 if direction > 0 else 1, 1, ctx._Emin - ctx._prec)
    return _add(x, tiny, work, tiny._sign)


def _logical_digits(x, ctx):
    if x._special or x._sign or x._exp != 0:
        return None
    s = str(x._int)
    if len(s) > ctx._prec or s.strip('01'):
        return None
    return s


def _is_one(x):
    c = x._int
    e = x._exp
    if e > 0 or x._sign:
        return False
    return c == _p10(-e)


# ---- fixed-point kernels for exp, ln, log10 and power ----

def _atanh_fixed(z, one):
    # atanh(z/one) * one for |z/one| < 1, by its odd power series.
    if z < 0:
        return -_atanh_fixed(-z, one)
    total = 0
    term = z
    z2 = z * z // one
    k = 1
    while term:
        total += term // k
        term = term * z2 // one
        k += 2
    return total


def _ln2_fixed(w):
    one = _p10(w)
    return 2 * _atanh_fixed(one // 3, one)


def _ln10_fixed(w):
    # ln 10 = 3 ln 2 + ln(5/4), ln(5/4) = 2 atanh(1/9)
    g = w + 5
    one = _p10(g)
    v = 3 * _ln2_fixed(g) + 2 * _atanh_fixed(one // 9, one)
    return v // _p10(5)


_LNCONST = {}


def _ln10(w):
    v = _LNCONST.get(('10', w))
    if v is None:
        v = _ln10_fixed(w)
        if len(_LNCONST) > 64:
            _LNCONST.clear()
        _LNCONST[('10', w)] = v
    return v


def _ln2(w):
    v = _LNCONST.get(('2', w))
    if v is None:
        v = _ln2_fixed(w + 5) // _p10(5)
        if len(_LNCONST) > 64:
            _LNCONST.clear()
        _LNCONST[('2', w)] = v
    return v


def _ln_fixed(c, e, w):
    # ln(c * 10**e) * 10**w (c > 0), error a few units.
    g = w + 8
    one = _p10(g)
    nd = _nd(c)
    k = e + nd - 1
    # m = c / 10**(nd-1) in [1, 10)
    if nd - 1 <= g:
        m = c * _p10(g - nd + 1)
    else:
        m = c // _p10(nd - 1 - g)
    t = (m // one).bit_length() - 1
    if m >= (3 * one // 2) << t if t >= 0 else False:
        t += 1
    if t < 0:
        t = 0
    m2 = m >> t if t > 0 else m
    z = (m2 - one) * one // (m2 + one)
    v = 2 * _atanh_fixed(z, one) + t * _ln2(g)
    if k:
        kd = len(str(abs(k)))
        v += k * _ln10(g + kd + 2) // _p10(kd + 2)
    return v // _p10(8)


def _exp_fixed(x, s, w):
    # exp(x / 10**s) as (coef, exp10) with coef ~ w+ digits, error a few
    # units of coef. |x / 10**s| must be below about 10**10.
    g = w + 12
    one = _p10(g)
    if s <= g:
        X = x * _p10(g - s)
    else:
        X = x // _p10(s - g)
    L = _ln10(g)
    n = (2 * X + L) // (2 * L)
    R = X - n * L
    # exp(R / one) by halving R, the Taylor series, and squaring back
    neg = R < 0
    if neg:
        R = -R
    h = 0
    while R > one // 1000:
        R >>= 1
        h += 1
    total = one
    term = one
    k = 1
    while term:
        term = term * R // (one * k)
        total += term
        k += 1
    for _ in range(h):
        total = total * total // one
    if neg:
        total = one * one // total
    return total, n - g


def _exp_approx(x, w):
    c = x._int
    e = x._exp
    v = -c if x._sign else c
    g = w + 4
    if e >= 0:
        coef, ex = _exp_fixed(v * _p10(e), 0, g)
    else:
        coef, ex = _exp_fixed(v, -e, g)
    return 0, coef, ex, 10000


def _ln_approx(x, w):
    v = _ln_fixed(x._int, x._exp, w)
    return (1 if v < 0 else 0), abs(v), -w, 50


def _log10_approx(x, w):
    g = w + 4
    v = _ln_fixed(x._int, x._exp, g) * _p10(w) // _ln10(g)
    return (1 if v < 0 else 0), abs(v), -w, 50


def _exp_limits(ctx):
    # |x| beyond 10**_exp_limits overflows or underflows exp(x) for sure
    return len(str(max(ctx._Emax, -(ctx._Emin - ctx._prec)))) + 1


def _ziv(ctx, approx, arg, start_extra=6, exact_check=None):
    prec = ctx._prec
    extra = start_extra
    for _ in range(40):
        w = prec + extra
        sign, coef, exp, err = approx(arg, w)
        lo = coef - err
        hi = coef + err
        if lo > 0:
            d1, c1 = _fix(sign, lo * 10 + 1, exp - 1, ctx)
            d2, c2 = _fix(sign, hi * 10 - 1, exp - 1, ctx)
            if d1._sign == d2._sign and d1._int == d2._int and d1._exp == d2._exp:
                return d1, c1 | _S_INEXACT | _S_ROUNDED
            if exact_check is not None and extra >= 12:
                for d in (d1, d2):
                    if not d._special and exact_check(d):
                        return d, _S_INEXACT | _S_ROUNDED
        extra += max(extra, 8)
    raise RuntimeError("decimal: no correctly rounded result found")


def _transcend(x, ctx, approx):
    # the spec rounds exp, ln and log10 half-even whatever the context says
    outer = ctx
    ctx = _half_even_ctx(ctx)
    if approx is _exp_approx:
        adj = x.adjusted()
        if adj >= _exp_limits(ctx):
            if x._sign:
                d, conds = _fix(0, 1, ctx._Emin - ctx._prec - 5, ctx)
            else:
                d, conds = _fix(0, 1, ctx._Emax + 5, ctx)
            outer._apply(conds | _S_INEXACT | _S_ROUNDED)
            return d
        if adj < -(ctx._prec + 2):
            # exp(x) is 1 + x + ..., within a tiny fraction of 1
            p = ctx._prec + 3
            c = _p10(p) - 1 if x._sign else _p10(p) + 1
            d, conds = _fix(0, c, -p, ctx)
            outer._apply(conds | _S_INEXACT | _S_ROUNDED)
            return d
    d, conds = _ziv(ctx, approx, x)
    outer._apply(conds)
    return d


def _int_value(b):
    # The int value of an integral finite Decimal, else None.
    if b._exp >= 0:
        v = b._int * _p10(b._exp)
    else:
        p = _p10(-b._exp) if -b._exp <= _nd(b._int) else None
        if p is None:
            return None if b._int else 0
        v, r = divmod(b._int, p)
        if r:
            return None
    return -v if b._sign else v


def _power(a, b, ctx):
    if a._special or b._special:
        r = _nan2(a, b, ctx)
        if r is not None:
            return r
    bint = None if b._special else _int_value(b)
    # sign of the result
    sign = a._sign if (bint is not None and bint & 1) else 0
    if not b._special and not b._int:
        if not a._special and not a._int:
            return _invalid(ctx)
        return _mk(0, 1, 0)
    if a._sign and bint is None and (a._special or a._int):
        return _invalid(ctx)
    if a._exp == 'F':
        if b._sign:
            return _mk(sign, 0, 0)
        return _mk(sign, 0, 'F', True)
    if not a._int:
        if b._sign:
            return _mk(sign, 0, 'F', True)
        return _mk(sign, 0, 0)
    if b._exp == 'F':
        c = _cmp(_mk(0, a._int, a._exp), _mk(0, 1, 0))
        if c == 0:
            prec = ctx._prec
            return _finalize(0, _p10(prec - 1), 1 - prec, ctx, _S_INEXACT | _S_ROUNDED)
        if (c > 0) != bool(b._sign):
            return _mk(0, 0, 'F', True)
        return _mk(0, 0, 0)
    prec = ctx._prec
    if bint is not None:
        return _int_power(a, bint, b, sign, ctx)
    if a._sign:
        # negative base with odd/even integral exponent: work on |a|
        a = _mk(0, a._int, a._exp)
    if _is_one(a):
        return _finalize(sign, _p10(prec - 1), 1 - prec, ctx, _S_INEXACT | _S_ROUNDED)
    # exp(b * ln a)
    lim = _exp_limits(ctx)
    bval_adj = b.adjusted()
    la = a.adjusted()
    if bval_adj + len(str(abs(la) + 1)) > lim + 1:
        # |b ln a| is far beyond the exponent range
        big = (la >= 0) != bool(b._sign)
        if big:
            return _finalize(sign, 1, ctx._Emax + 5, ctx)
        return _finalize(sign, 1, ctx._Emin - prec - 5, ctx, _S_INEXACT | _S_ROUNDED)

    def approx(_, w):
        g = w + max(0, bval_adj + 2) + 6
        L = _ln_fixed(a._int, a._exp, g)
        P = L * b._int
        pe = g - b._exp
        if b._sign:
            P = -P
        # P / 10**pe == b * ln a
        if pe < 0:
            P = P * _p10(-pe)
            pe = 0
        coef, ex = _exp_fixed(P, pe, w + 4)
        return sign, coef, ex, 10000

    exact_check = None
    if bint is None:
        num, den = b.as_integer_ratio()
        if den <= 64:
            def exact_check(d):
                c = d._int
                e = d._exp
                while c % 10 == 0 and c:
                    c //= 10
                    e += 1
                # (c * 10**e) ** den == a ** num ?
                an = a._int
                ae = a._exp
                if num >= 0:
                    lhs = (c, e * den, den)
                    return _same_power(c, e, den, an, ae, num)
                return _same_power_inv(c, e, den, an, ae, -num)
    d, conds = _ziv(ctx, approx, None, 6, exact_check)
    if conds & _S_INEXACT and bint is not None and not d._special and d._int:
        pass
    if exact_check is not None and not d._special and d._int and _nd(d._int) < prec and exact_check(d):
        pad = prec - _nd(d._int)
        d = _mk(d._sign, d._int * _p10(pad), d._exp - pad)
    ctx._apply(conds)
    return d


def _int_power(a, n, b, sign, ctx):
    # a ** n for an integral exponent b == n, as libmpdec computes it:
    # binary powering where every product is rounded half-even to prec +
    # (b's digits + b's exponent + 2) digits (and the base first inverted
    # for n < 0), then one rounding to the context. The products' flags
    # carry over; an intermediate overflow or underflow to zero ends it.
    work = ctx.copy()
    work._prec = ctx._prec + _nd(b._int) + b._exp + 2
    work._rmode = _R_HALF_EVEN
    work._clamp = 0
    work._traps = 0
    work._flags = 0
    base = _mk(0, a._int, a._exp)
    if n < 0:
        work._prec += 1
        base = _div(_mk(0, 1, 0), base, work)
        n = -n
    r = base
    for bit in bin(n)[3:]:
        r = _mul(r, r, work)
        if bit == '1':
            r = _mul(r, base, work)
        if r._special or (not r._int and work._flags & _S_CLAMPED):
            break
    conds = work._flags
    if r._special:
        d = _overflow_result(sign, ctx)
    else:
        d, c = _fix(sign, r._int, r._exp, ctx)
        conds |= c
    if conds:
        ctx._apply(conds)
    return d


def _same_power(c, e, den, an, ae, num):
    # (c*10**e)**den == (an*10**ae)**num, sizes permitting
    if _nd(c) * den > 5000 or _nd(an) * num > 5000:
        return False
    return c ** den * _p10(max(0, e * den - ae * num)) == an ** num * _p10(max(0, ae * num - e * den))


def _same_power_inv(c, e, den, an, ae, num):
    # (c*10**e)**den * (an*10**ae)**num == 1
    if _nd(c) * den > 5000 or _nd(an) * num > 5000:
        return False
    lhs = c ** den * an ** num
    ex = e * den + ae * num
    return ex <= 0 and lhs == _p10(-ex)


def _powmod(a, b, m, ctx):
    for x in (a, b, m):
        if x._special:
            r = _nan2(a, b, ctx) or _nan2(a, m, ctx)
            if r is not None:
                return r
            return _invalid(ctx)
    av = _int_value(a)
    bv = _int_value(b)
    mv = _int_value(m)
    if av is None or bv is None or mv is None or bv < 0 or not mv:
        return _invalid(ctx)
    if _nd(abs(mv)) > ctx._prec or (not av and not bv):
        return _invalid(ctx)
    r = pow(abs(av), bv, abs(mv))
    sign = 1 if av < 0 and bv & 1 else 0
    return _mk(sign if r else sign, r, 0)


# ---- formatting ----

def _bad_format():
    return ValueError("invalid format string")


def _parse_spec(spec):
    # (fill, align, zeropad, sign, nozero, width, comma, precision, type)
    n = len(spec)
    i = 0
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nozero = False
    if i < n and spec[i] == 'z':
        nozero = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        if fill is not None or align is not None:
            raise _bad_format()
        zeropad = True
        fill = '0'
        align = '='
        i += 1
    j = i
    while i < n and spec[i] in '0123456789':
        i += 1
    width = int(spec[j:i]) if i > j else 0
    comma = False
    if i < n and spec[i] == ',':
        comma = True
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i] in '0123456789':
            i += 1
        if i == j:
            raise _bad_format()
        precision = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise _bad_format()
    if i != n:
        raise _bad_format()
    return (fill if fill is not None else ' ', align or '>', zeropad, sign,
            nozero, width, comma, precision, typ)


def _pad(sign, body, fill, align, width):
    n = width - len(sign) - len(body)
    if n <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * n
    if align == '=':
        return sign + fill * n + body
    if align == '^':
        left = n // 2
        return fill * left + sign + body + fill * (n - left)
    return fill * n + sign + body


def _group(digits, sep, min_width):
    groups = []
    while True:
        l = min(max(len(digits), min_width, 1), 3)
        part = digits[-l:] if digits else ''
        groups.append('0' * (l - len(part)) + part)
        digits = digits[:-l] if len(digits) > l else ''
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _round_digits(sign, coef, exp, ndig, mode):
    # coef, exp rounded to ndig (>= 1) significant digits.
    nd = _nd(coef)
    if nd <= ndig or not coef:
        return coef, exp
    drop = nd - ndig
    coef, _ = _rnd(sign, coef, drop, nd, mode)
    exp += drop
    if coef == _p10(ndig):
        coef //= 10
        exp += 1
    return coef, exp


_SPEC_CACHE = {}


def _format(d, spec, ctx):
    if not isinstance(spec, str):
        raise TypeError("format arg must be str")
    parsed = _SPEC_CACHE.get(spec)
    if parsed is None:
        parsed = _parse_spec(spec)
        if len(_SPEC_CACHE) > 256:
            _SPEC_CACHE.clear()
        _SPEC_CACHE[spec] = parsed
    fill, align, zeropad, signopt, nozero, width, comma, precision, typ = parsed
    neg = d._sign
    if d._special:
        body = _mk(0, d._int, d._exp, True).__str__()
        if typ == '%':
            body += '%'
        if zeropad:
            fill = ' '
            align = '>'
        s = '-' if neg else ('' if signopt == '-' else signopt)
        return _pad(s, body, fill, align, width)
    if typ is None:
        typ = 'G' if ctx._capitals else 'g'
    elif typ == 'n':
        typ = 'g'
    mode = ctx._rmode
    coef = d._int
    exp = d._exp
    if typ == '%':
        exp += 2
    if precision is not None:
        if typ in 'eE':
            coef, exp = _round_digits(neg, coef, exp, precision + 1, mode)
            pad = precision + 1 - _nd(coef)
            if pad > 0 and coef:
                coef *= _p10(pad)
                exp -= pad
            elif not coef:
                exp = exp
        elif typ in 'fF%':
            coef, _ = _rescale(neg, coef, exp, -precision, mode)
            exp = -precision
        else:
            coef, exp = _round_digits(neg, coef, exp, precision or 1, mode)
    if not coef and exp > 0 and typ in 'fF%':
        exp = 0
    if not coef and nozero:
        neg = 0
    digits = str(coef)
    nd = len(digits)
    left = exp + nd
    if typ in 'eE':
        point = 1 - precision if (not coef and precision is not None) else 1
    elif typ in 'fF%':
        point = left
    elif exp <= 0 and left > -6:
        point = left
    else:
        point = 1
    if point <= 0:
        intpart = '0'
        frac = '0' * (-point) + digits
    elif point >= nd:
        intpart = digits + '0' * (point - nd)
        frac = ''
    else:
        intpart = digits[:point]
        frac = digits[point:]
    e = left - point
    tail = '.' + frac if frac else ''
    if e != 0 or typ in 'eE':
        tail += ('E' if typ in 'EG' else 'e') + '%+d' % e
    if typ == '%':
        tail += '%'
    s = '-' if neg else ('' if signopt == '-' else signopt)
    if zeropad:
        intpart = _group(intpart, ',' if comma else '', width - len(s) - len(tail))
    elif comma:
        intpart = _group(intpart, ',', 1)
    return _pad(s, intpart + tail, fill, align, width)


# ---- module-level values ----

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[], traps=[])

for _c in (Decimal, Context, DecimalException, Clamped, InvalidOperation,
           ConversionSyntax, DivisionByZero, DivisionImpossible, DivisionUndefined,
           Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow,
           FloatOperation):
    _c.__module__ = 'decimal'
del _c

_numbers.Number.register(Decimal)
`
