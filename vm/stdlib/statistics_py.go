package stdlib

// statistics in Python, written for minipy: means and variances are
// exact (every value as numerator/denominator, summed by denominator,
// converted once to the data's type), and square roots are correctly
// rounded, so results equal CPython's to the last bit; NormalDist's
// inverse CDF is Wichura's AS 241.

func init() {
	addFrozen("statistics", "\nBasic statistics module.\n\nThis module provides functions for calculating statistics of data, including\naverages, variance, and standard deviation.\n", statisticsSource)
}

const statisticsSource = `
__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]

import math
import numbers
import random
import sys

from fractions import Fraction
from bisect import bisect_left, bisect_right
from math import hypot, sqrt, fabs, exp, erf, tau, log, fsum
from collections import Counter, namedtuple


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic: every value as numerator/denominator ----

def _is_decimal_type(t):
    return t.__name__ == 'Decimal' and t.__module__ in ('decimal', '_decimal', '_pydecimal')


def _finite(x):
    try:
        return x.is_finite()
    except AttributeError:
        return math.isfinite(x)


def _ratio(x):
    # (numerator, denominator) of x; (x, None) for an infinity or NaN.
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to "
                        "numerator/denominator") from None


def _result_type(T, S):
    # The type a mix of T and S values is reported in; int gives way to
    # anything, a subclass wins over its base, and float over Fraction.
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    for a, b in ((S, T), (T, S)):
        if issubclass(a, b):
            return a
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("can't convert type '%s' to '%s'" % (T.__name__, S.__name__))


def _exact_sums(data, squares=False):
    # One pass: the result type, the count, the exact sum (a Fraction, or
    # an infinity/NaN) and, when asked, the exact sum of squares.
    T = int
    count = 0
    sums = {}
    sq = {}
    last = None
    for x in data:
        t = type(x)
        if t is not last:
            T = _result_type(T, t)
            last = t
        n, d = _ratio(x)
        count += 1
        sums[d] = sums.get(d, 0) + n
        if squares and d is not None:
            sq[d] = sq.get(d, 0) + n * n
    if None in sums:
        total = sums[None]
        return T, count, total, total
    total = sum((Fraction(n, d) for d, n in sums.items()), Fraction(0))
    if not squares:
        return T, count, total, None
    total_sq = sum((Fraction(n, d * d) for d, n in sq.items()), Fraction(0))
    return T, count, total, total_sq


def _sum(data):
    T, count, total, _ = _exact_sums(data)
    return T, total, count


def _ss(data, c=None):
    # (type, sum of squared deviations, mean, count), exactly.
    if c is not None:
        T, count, ssd, _ = _exact_sums((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    T, count, sx, sxx = _exact_sums(data, squares=True)
    if not count:
        return T, Fraction(0), Fraction(0), 0
    if sxx is sx:
        return T, sx, sx, count
    return T, (count * sxx - sx * sx) / count, sx / count, count


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _nonnegative(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _isqrt_frac_odd(n, m):
    # isqrt(n / m), with the last bit set when inexact (round to odd).
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_SQRT_BITS = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    # sqrt(n / m) correctly rounded: an integer root with enough extra
    # bits, rounded to odd, then one rounding to float.
    shift = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if shift >= 0:
        return (_isqrt_frac_odd(n, m << 2 * shift) << shift) / 1
    return _isqrt_frac_odd(n << -2 * shift, m) / (1 << -shift)


def _decimal_sqrt_of_frac(n, m):
    from decimal import Decimal
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    up = root.next_plus()
    nu, du = up.as_integer_ratio()
    if 4 * n * (dr * du) ** 2 > m * (dr * nu + du * nr) ** 2:
        return up
    down = root.next_minus()
    nd, dd = down.as_integer_ratio()
    if 4 * n * (dr * dd) ** 2 < m * (dr * nd + dd * nr) ** 2:
        return down
    return root


def _root_of(T, value):
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(value.numerator, value.denominator)
    return _float_sqrt_of_frac(value.numerator, value.denominator)


# ---- averages ----

def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        items = list(data)
        n = len(items)
        data = items
    if weights is None:
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return fsum(data) / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, numbers.Real) or _is_decimal_type(type(x)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        total_weight = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, total_weight, _ = _sum(_nonnegative(weights, errmsg))
    try:
        T, total, _ = _sum(w / x if w else 0
                           for w, x in zip(weights, _nonnegative(data, errmsg)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(total_weight / total, T)


def _sorted_or_fail(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data, len(data)


def median(data):
    data, n = _sorted_or_fail(data)
    half = n // 2
    if n & 1:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    data, n = _sorted_or_fail(data)
    return data[(n - 1) // 2]


def median_high(data):
    data, n = _sorted_or_fail(data)
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data, n = _sorted_or_fail(data)
    x = data[n // 2]
    below = bisect_left(data, x)
    through = bisect_right(data, x, lo=below)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')
    return x - interval / 2.0 + interval * (n / 2 - below) / (through - below)


def mode(data):
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    most = max(counts.values())
    return [v for v, k in counts.items() if k == most]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        span = size - 1
        out = []
        for i in range(1, n):
            j, frac = divmod(i * span, n)
            out.append((data[j] * (n - frac) + data[j + 1] * frac) / n)
        return out
    if method == 'exclusive':
        span = size + 1
        out = []
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            frac = i * span - j * n
            out.append((data[j - 1] * (n - frac) + data[j] * frac) / n)
        return out
    raise ValueError(f'Unknown method: {method!r}')


# ---- spread ----

def variance(data, xbar=None):
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_of(T, ss / (n - 1))


def pstdev(data, mu=None):
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_of(T, ss / n)


def _mean_stdev(data):
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # An infinity or NaN among the data.
        return float(xbar), float(xbar) / float(ss)


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same '
                              'number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def _centred_sums(x, y, n):
    mx = fsum(x) / n
    my = fsum(y) / n
    sxy = fsum((a - mx) * (b - my) for a, b in zip(x, y))
    return mx, my, sxy


def covariance(x, y, /):
    n = _paired(x, y, 'covariance')
    return _centred_sums(x, y, n)[2] / (n - 1)


def correlation(x, y, /):
    n = _paired(x, y, 'correlation')
    mx, my, sxy = _centred_sums(x, y, n)
    sxx = fsum((a - mx) * (a - mx) for a in x)
    syy = fsum((b - my) * (b - my) for b in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = fsum(a * b for a, b in zip(x, y))
        sxx = fsum(a * a for a in x)
    else:
        mx, my, sxy = _centred_sums(x, y, n)
        sxx = fsum((a - mx) * (a - mx) for a in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else my - slope * mx
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution ----

# Wichura's rational approximations (Algorithm AS 241, Applied Statistics
# 37(3), 1988), highest power first; each denominator ends with 1.0.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0))
_AS241_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0))
_AS241_FAR = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0))


def _horner(coeffs, r):
    acc = coeffs[0]
    for c in coeffs[1:]:
        acc = acc * r + c
    return acc


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241_CENTRAL
        x = _horner(num, r) * q / _horner(den, r)
        return mu + (x * sigma)
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        num, den = _AS241_NEAR
    else:
        r -= 5.0
        num, den = _AS241_FAR
    x = _horner(num, r) / _horner(den, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = sqrt(2.0)


class NormalDist:
    """A normal (Gaussian) distribution with mean mu and standard
    deviation sigma."""

    __slots__ = ('_loc', '_scale')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._loc = float(mu)
        self._scale = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        draw = random.gauss if seed is None else random.Random(seed).gauss
        return [draw(self._loc, self._scale) for _ in range(n)]

    def pdf(self, x):
        var = self._scale * self._scale
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._loc
        return exp(d * d / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        if not self._scale:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._loc) / (self._scale * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._scale <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._loc, self._scale)

    def quantiles(self, n=4):
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._scale, b._loc) < (a._scale, a._loc):
            a, b = b, a
        va, vb = a.variance, b.variance
        if not va or not vb:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = vb - va
        dm = fabs(b._loc - a._loc)
        if not dv:
            return 1.0 - erf(dm / (2.0 * a._scale * _SQRT2))
        p = a._loc * vb - b._loc * va
        s = a._scale * b._scale * sqrt(dm * dm + dv * log(vb / va))
        self, other = (p + s) / dv, (p - s) / dv
        return 1.0 - (fabs(b.cdf(self) - a.cdf(self)) + fabs(b.cdf(other) - a.cdf(other)))

    def zscore(self, x):
        if not self._scale:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._loc) / self._scale

    @property
    def mean(self):
        return self._loc

    @property
    def median(self):
        return self._loc

    @property
    def mode(self):
        return self._loc

    @property
    def stdev(self):
        return self._scale

    @property
    def variance(self):
        return self._scale * self._scale

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._loc + other._loc, hypot(self._scale, other._scale))
        return NormalDist(self._loc + other, self._scale)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._loc - other._loc, hypot(self._scale, other._scale))
        return NormalDist(self._loc - other, self._scale)

    def __mul__(self, other):
        return NormalDist(self._loc * other, self._scale * fabs(other))

    def __truediv__(self, other):
        return NormalDist(self._loc / other, self._scale / fabs(other))

    def __pos__(self):
        return NormalDist(self._loc, self._scale)

    def __neg__(self):
        return NormalDist(-self._loc, self._scale)

    __radd__ = __add__

    def __rsub__(self, other):
        return -(self - other)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return (self._loc, self._scale) == (other._loc, other._scale)

    def __hash__(self):
        return hash((self._loc, self._scale))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._loc!r}, sigma={self._scale!r})'

    def __getstate__(self):
        return self._loc, self._scale

    def __setstate__(self, state):
        self._loc, self._scale = state
`
