package stdlib

// random in Python over _random.Random (random.go): the integer helpers
// draw from getrandbits and the distributions from random(), consuming
// the generator exactly as CPython 3.11 does, so a seeded program gets
// the same numbers. Written for minipy.

func init() {
	addFrozen("random", "Random variable generators.", randomSource)
}

const randomSource = `
import _random
from math import (log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil,
                  sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin,
                  floor as _floor, isfinite as _isfinite)
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
import os as _os
from operator import index as _index

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices",
    "expovariate", "gammavariate", "gauss", "getrandbits", "getstate",
    "lognormvariate", "normalvariate", "paretovariate", "randbytes",
    "randint", "random", "randrange", "sample", "seed", "setstate",
    "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF


def _whole(value, what):
    # randrange's arguments: ints, or floats with an integral value.
    try:
        return _index(value)
    except TypeError:
        as_int = int(value)
        if as_int != value:
            raise ValueError(f"non-integer {what} for randrange()")
        return as_int


class Random(_random.Random):
    """Random number generator base class used by bound module functions."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed."""
        if not (a is None or isinstance(a, (int, float, str, bytes, bytearray))):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if version == 1 and isinstance(a, (str, bytes)):
            raise ValueError("version 1 seeding is not supported by minipy")
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError(f"state with version {version} passed to "
                             f"Random.setstate() of version {self.VERSION}")
        _, words, self.gauss_next = state
        if version == 2:
            # Version 2 states may hold negative words (Python 2's ints).
            try:
                words = tuple(x % 2 ** 32 for x in words)
            except ValueError as e:
                raise TypeError from e
        super().setstate(words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)

    # ---- integers ----

    def _randbelow(self, n):
        "Return a random int in the range [0,n).  Defined for n > 0."
        bits = n.bit_length()
        while True:
            r = self.getrandbits(bits)
            if r < n:
                return r

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        lo = _whole(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if lo > 0:
                return self._randbelow(lo)
            raise ValueError("empty range for randrange()")
        hi = _whole(stop, "stop")
        width = hi - lo
        by = _whole(step, "step")
        if by == 1:
            if width > 0:
                return lo + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (lo, hi, width))
        if by == 0:
            raise ValueError("zero step for randrange()")
        count = (width + by - 1) // by if by > 0 else (width + by + 1) // by
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return lo + by * self._randbelow(count)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    # ---- sequences ----

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if len(seq) == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        for hi in range(len(x) - 1, 0, -1):
            j = self._randbelow(hi + 1)
            x[hi], x[j] = x[j], x[hi]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        from collections.abc import Sequence
        if not isinstance(population, Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            bounds = list(_accumulate(counts))
            if len(bounds) != n:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(bounds, p)] for p in picks]
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        # Small populations: draw from a shrinking copy; large ones: draw
        # indexes and retry repeats (the threshold is CPython's, so the
        # same numbers are drawn).
        limit = 21 + (4 ** _ceil(_log(k * 3, 4)) if k > 5 else 0)
        out = []
        if n <= limit:
            pool = list(population)
            for left in range(n, n - k, -1):
                j = self._randbelow(left)
                out.append(pool[j])
                pool[j] = pool[left - 1]
            return out
        taken = set()
        for _ in range(k):
            j = self._randbelow(n)
            while j in taken:
                j = self._randbelow(n)
            taken.add(j)
            out.append(population[j])
        return out

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        draw = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                size = n + 0.0
                return [population[_floor(draw() * size)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}'
                ) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = n - 1
        return [population[_bisect(cum_weights, draw() * total, 0, last)]
                for _ in _repeat(None, k)]

    # ---- real-valued distributions ----

    def uniform(self, a, b):
        "Get a random number in the range [a, b) or [a, b] depending on rounding."
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            u, split, low, high = 1.0 - u, 1.0 - split, high, low
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        while True:
            first = self.random()
            second = 1.0 - self.random()
            dev = NV_MAGICCONST * (first - 0.5) / second
            if dev * dev / 4.0 <= -_log(second):
                return sigma * dev + mu

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller; the second value is kept)."""
        kept, self.gauss_next = self.gauss_next, None
        if kept is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            kept = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return sigma * kept + mu

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution."""
        return _log(1.0 - self.random()) / -lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution (Best and Fisher's method)."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            c = _cos(_pi * self.random())
            ratio = c / (rho + c)
            u = self.random()
            if u < 1.0 - ratio * ratio or u <= (1.0 - ratio) * _exp(ratio):
                break
        inv = 1.0 / rho
        angle = _acos((inv + c) / (1.0 + inv * c))
        return (mu + (angle if self.random() > 0.5 else -angle)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution.  Not the gamma function!"""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha == 1.0:
            return beta * -_log(1.0 - draw())
        if alpha < 1.0:
            # Ahrens and Dieter's method.
            while True:
                edge = (_e + alpha) / _e
                p = edge * draw()
                if p <= 1.0:
                    cand = p ** (1.0 / alpha)
                    if draw() <= _exp(-cand):
                        return beta * cand
                else:
                    cand = -_log((edge - p) / alpha)
                    if draw() <= cand ** (alpha - 1.0):
                        return beta * cand
        # alpha > 1: Cheng's rejection method.
        spread = _sqrt(alpha + alpha - 1.0)
        shift, scale = alpha - LOG4, alpha + spread
        while True:
            u1 = draw()
            if u1 <= 1e-7 or u1 >= 0.9999999:
                continue
            u2 = 1.0 - draw()
            t = _log(u1 / (1.0 - u1)) / spread
            cand = alpha * _exp(t)
            w = u1 * u1 * u2
            bound = shift + scale * t - cand
            if bound + SG_MAGICCONST - 4.5 * w >= 0.0 or bound >= _log(w):
                return beta * cand

    def betavariate(self, alpha, beta):
        """Beta distribution."""
        left = self.gammavariate(alpha, 1.0)
        if not left:
            return 0.0
        return left / (left + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Alternate random number generator using sources provided
    by the operating system (such as /dev/urandom on Unix or
    CryptGenRandom on Windows)."""

    def random(self):
        return (int.from_bytes(_os.urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        size = (k + 7) // 8
        return int.from_bytes(_os.urandom(size)) >> (size * 8 - k)

    def randbytes(self, n):
        return _os.urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_inst = Random()
for _name in ('seed', 'random', 'uniform', 'triangular', 'randint', 'choice',
              'randrange', 'sample', 'shuffle', 'choices', 'normalvariate',
              'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate',
              'gauss', 'betavariate', 'paretovariate', 'weibullvariate',
              'getstate', 'setstate', 'getrandbits', 'randbytes'):
    globals()[_name] = getattr(_inst, _name)
del _name
`
