package stdlib

// datetime in Python, written for minipy: timedelta, date, time,
// datetime, tzinfo and timezone with CPython 3.11's reprs, messages and
// rounding (timedelta sums float arguments as _datetimemodule.c does, so
// results agree to the microsecond). Dates are proleptic Gregorian
// ordinals underneath; fromisoformat and strptime are hand-written
// scanners (no re); strftime substitutes %f, %z and %Z and hands the
// rest to time.strftime, as CPython's wrap_strftime does.

func init() {
	addFrozen("datetime", "Specific date/time and related types.\n\nSee https://data.iana.org/time-zones/tz-link.html for\ntime zone and DST data sources.\n", datetimeSource)
}

const datetimeSource = `
import time as _time
import math as _math
import sys as _sys
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

# ---- the proleptic Gregorian calendar, day 1 being 0001-01-01 ----

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE = [0, 0]
for _n in _MONTH_DAYS[1:-1]:
    _DAYS_BEFORE.append(_DAYS_BEFORE[-1] + _n)
del _n
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
                'Sep', 'Oct', 'Nov', 'Dec')
_US_PER_DAY = 86400000000
_MAX_ORDINAL = 3652059          # 9999-12-31


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    return 29 if m == 2 and _leap(y) else _MONTH_DAYS[m]


def _year_start(y):
    # Days in the years before y.
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _to_ordinal(y, m, d):
    extra = 1 if m > 2 and _leap(y) else 0
    return _year_start(y) + _DAYS_BEFORE[m] + extra + d


def _from_ordinal(n):
    # Count whole 400-, 100-, 4- and 1-year cycles in the days before n.
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    y = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:
        # The last day of a leap cycle.
        return y - 1, 12, 31
    # n is the day of the year from 0; (n + 50) >> 5 is the month or the
    # one after it.
    leap = _leap(y)
    m = (n + 50) >> 5
    before = _DAYS_BEFORE[m] + (1 if m > 2 and leap else 0)
    if before > n:
        m -= 1
        before -= _MONTH_DAYS[m] + (1 if m == 2 and leap else 0)
    return y, m, n - before + 1


def _iso_week1_monday(y):
    # Ordinal of the Monday of ISO week 1 (the week holding January 4th).
    jan4 = _to_ordinal(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _check_date(y, m, d):
    y, m, d = _index(y), _index(m), _index(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= _month_len(y, m):
        raise ValueError('day is out of range for month')
    return y, m, d


def _check_time(h, mi, s, us, fold):
    h, mi, s, us, fold = _index(h), _index(mi), _index(s), _index(us), _index(fold)
    if not 0 <= h <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= mi <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= s <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= us <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return h, mi, s, us, fold


def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _type_name(obj, base):
    # What CPython's reprs and messages show: the module-qualified name
    # for the type itself, the bare name for a subclass.
    t = type(obj)
    return 'datetime.' + base.__name__ if t is base else t.__name__


def _half_even(n, d):
    # n / d rounded to the nearest int, ties to even (d > 0).
    q, r = divmod(n, d)
    twice = 2 * r
    if twice > d or (twice == d and q & 1):
        q += 1
    return q


def _offset_ok(off, what):
    # Validate what a tzinfo method returned.
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (what, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _name_ok(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % type(name).__name__)
    return name


def _format_offset(off, sep=':'):
    # +HH:MM, with :SS and .ffffff only when present.
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    out = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        out += '%s%02d' % (sep, ss)
        if off.microseconds:
            out += '.%06d' % off.microseconds
    return out


def _format_time(h, mi, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, mi)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, mi, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, mi, s, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, mi, s, us)
    raise ValueError('Unknown timespec value')


def _strftime(obj, fmt, ttuple):
    # %f, %z and %Z are ours; everything else goes to time.strftime.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif code == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name.replace('%', '%%') if name else '')
        else:
            out.append('%' + code)
    return _time.strftime(''.join(out), ttuple)


def _ymd_weekday(y, m, d):
    return (_to_ordinal(y, m, d) + 6) % 7


def _struct(y, m, d, hh, mm, ss, dst):
    yday = _to_ordinal(y, m, d) - _year_start(y)
    return _time.struct_time((y, m, d, hh, mm, ss, _ymd_weekday(y, m, d), yday, dst))


# ---- timedelta ----

def _td_from_us(us, cls=None):
    self = object.__new__(cls or timedelta)
    d, rest = divmod(us, _US_PER_DAY)
    if not -999999999 <= d <= 999999999:
        if not -2**31 <= d < 2**31:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
    self._days = d
    self._seconds, self._us = divmod(rest, 1000000)
    self._hashcode = -1
    return self


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_us', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # CPython's accumulation: whole parts exactly, each float's
        # fraction scaled in double precision, the sub-microsecond
        # leftovers summed as a double and rounded once at the end (half
        # to even), so that results agree to the last microsecond.
        total = 0
        left = 0.0
        for name, scale, v in (
                ('microseconds', 1, microseconds), ('milliseconds', 1000, milliseconds),
                ('seconds', 1000000, seconds), ('minutes', 60000000, minutes),
                ('hours', 3600000000, hours), ('days', _US_PER_DAY, days),
                ('weeks', 7 * _US_PER_DAY, weeks)):
            if isinstance(v, int):
                total += v * scale
            elif isinstance(v, float):
                frac, whole = _math.modf(v)
                total += int(whole) * scale
                if frac:
                    frac, whole = _math.modf(scale * frac)
                    total += int(whole)
                    left += frac
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(v).__name__))
        if left:
            whole = float(int(left))
            rest = left - whole
            if abs(rest) == 0.5:
                # A tie: towards the even total.
                if (total + int(whole)) & 1 == 0:
                    rest = 0.0
            if abs(rest) >= 0.5:
                whole += _math.copysign(1.0, left)
            total += int(whole)
        return _td_from_us(total, cls)

    def _total_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._us

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._us

    def total_seconds(self):
        return self._total_us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._us:
            parts.append('microseconds=%d' % self._us)
        return '%s(%s)' % (_type_name(self, timedelta), ', '.join(parts) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        out = '%d:%02d:%02d' % (hh, mm, ss)
        if self._us:
            out += '.%06d' % self._us
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            out = '%d day%s, %s' % (self._days, plural, out)
        return out

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._total_us() + other._total_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._total_us() - other._total_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._total_us() - self._total_us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._total_us())

    def __pos__(self):
        return _td_from_us(self._total_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._total_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_half_even(self._total_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() // other._total_us()
        if isinstance(other, int):
            return _td_from_us(self._total_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() / other._total_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            if other < 0:
                return _td_from_us(_half_even(-self._total_us(), -other))
            return _td_from_us(_half_even(self._total_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            if a < 0:
                a, b = -a, -b
            return _td_from_us(_half_even(self._total_us() * b, a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._total_us() % other._total_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total_us(), other._total_us())
            return q, _td_from_us(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._total_us(), other._total_us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._us))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._us)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._us))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- ISO 8601 parsing (the forms 3.11's fromisoformat accepts) ----

def _digits(s, i, count):
    # The int of exactly count ASCII digits at s[i:], or None.
    part = s[i:i + count]
    if len(part) != count or not all('0' <= c <= '9' for c in part):
        return None
    return int(part)


def _parse_iso_date(s):
    # (year, month, day) of a whole date string, or None.
    y = _digits(s, 0, 4)
    if y is None:
        return None
    rest = s[4:]
    dash = rest[:1] == '-'
    if dash:
        rest = rest[1:]
    if rest[:1] == 'W':
        w = _digits(rest, 1, 2)
        if w is None:
            return None
        tail = rest[3:]
        wd = 1
        if tail:
            if dash:
                if tail[0] != '-':
                    return None
                tail = tail[1:]
            if len(tail) != 1 or _digits(tail, 0, 1) is None:
                return None
            wd = int(tail)
        return _iso_to_ymd(y, w, wd)
    if dash:
        if len(rest) != 5 or rest[2] != '-':
            return None
        m, d = _digits(rest, 0, 2), _digits(rest, 3, 2)
    else:
        if len(rest) != 4:
            return None
        m, d = _digits(rest, 0, 2), _digits(rest, 2, 2)
    if m is None or d is None:
        return None
    return y, m, d


def _iso_date_length(s):
    # How much of s (a datetime string) is the date part.
    if len(s) > 7 and s[7] == '-' and s[4] == '-' and s[5] != 'W':
        return 10
    if len(s) > 4 and s[4] == '-' and s[5:6] == 'W':
        return 10 if len(s) > 8 and s[8] == '-' else 8
    if len(s) > 4 and s[4] == 'W':
        if len(s) > 7 and s[7].isdigit():
            return 8
        return 7
    return 8


def _iso_to_ymd(y, w, wd):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % y)
    if not 0 < w < 53:
        last = _iso_week1_monday(y + 1) - _iso_week1_monday(y) if y < MAXYEAR else 364
        if w != 53 or last != 371:
            raise ValueError('Invalid week: %d' % w)
    if not 0 < wd < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % wd)
    return _from_ordinal(_iso_week1_monday(y) + (w - 1) * 7 + wd - 1)


def _parse_iso_time(s):
    # (hour, minute, second, microsecond, tzinfo) of a time string, or None.
    tz = None
    for k, c in enumerate(s):
        if c in '+-Z':
            tz = _parse_iso_offset(s[k:])
            if tz is False:
                return None
            s = s[:k]
            break
    if not s:
        return None
    parts = []
    i = 0
    sep = None
    while len(parts) < 3:
        v = _digits(s, i, 2)
        if v is None:
            return None
        parts.append(v)
        i += 2
        if i >= len(s) or s[i] in '.,':
            break
        if sep is None:
            sep = s[i] == ':'
        if sep:
            if s[i] != ':':
                return None
            i += 1
    us = 0
    if i < len(s):
        if len(parts) != 3 or s[i] not in '.,':
            return None
        frac = s[i + 1:]
        if not frac or not all('0' <= c <= '9' for c in frac):
            return None
        frac = frac[:6]
        us = int(frac) * 10 ** (6 - len(frac))
    while len(parts) < 3:
        parts.append(0)
    return parts[0], parts[1], parts[2], us, tz


def _parse_iso_offset(s):
    # A timezone for "Z" or +HH[:MM[:SS[.ffffff]]], False when malformed.
    if s == 'Z':
        return timezone.utc
    sign = -1 if s[0] == '-' else 1
    body = s[1:]
    if not body or body[-1] in ':.':
        return False
    hms = _parse_iso_time(body)
    if hms is None or hms[4] is not None:
        return False
    if len(body) < 2:
        return False
    h, m, sec, us = hms[:4]
    if not (0 <= h <= 23 and 0 <= m <= 59 and 0 <= sec <= 59):
        return False
    off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
    if not off:
        return timezone.utc
    return timezone(off * sign)


def _bad_iso(s):
    return ValueError('Invalid isoformat string: %r' % (s,))


# ---- date ----

class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        y, m, d = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        "Construct a date from a POSIX timestamp (like time.time())."
        tm = _time.localtime(t)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def today(cls):
        "Construct a date from time.time()."
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError('year %d is out of range' % _from_ordinal(n)[0])
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise _bad_iso(date_string)
        try:
            ymd = _parse_iso_date(date_string)
        except ValueError:
            ymd = None
        if ymd is None:
            raise _bad_iso(date_string)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self, date), self._year,
                                   self._month, self._day)

    def ctime(self):
        "Return ctime() style string."
        return '%s %s %2d 00:00:00 %04d' % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month],
            self._day, self._year)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s'
                            % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        "Return local time tuple compatible with time.localtime()."
        return _struct(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _cmp_ok(self, other):
        # Dates compare with dates only: a datetime answers for itself.
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._cmp_ok(other) and not isinstance(self, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if self._cmp_ok(other):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if self._cmp_ok(other):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if self._cmp_ok(other):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if self._cmp_ok(other):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                if type(self) is not date:
                    return type(self).fromordinal(n)
                out = object.__new__(date)
                out._year, out._month, out._day = _from_ordinal(n)
                out._hashcode = -1
                return out
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        "Return day of the week, where Monday == 0 ... Sunday == 6."
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        "Return day of the week, where Monday == 1 ... Sunday == 7."
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        n = self.toordinal()
        y = self._year
        start = _iso_week1_monday(y)
        if n < start:
            y -= 1
            start = _iso_week1_monday(y)
        elif y < MAXYEAR and n >= _iso_week1_monday(y + 1):
            y += 1
            start = _iso_week1_monday(y)
        w, wd = divmod(n - start, 7)
        return _IsoCalendarDate(y, w + 1, wd + 1)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('%s(year=%d, week=%d, weekday=%d)'
                % (_type_name(self, _IsoCalendarDate), self[0], self[1], self[2]))


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# ---- tzinfo and timezone ----

class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        "datetime -> string name of time zone."
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        "datetime -> timedelta, positive for east of UTC, negative for west of UTC"
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        std = dt.utcoffset()
        if std is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        # Standard offset first, then the daylight saving of the result.
        std -= saving
        if std:
            dt += std
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent "
                                 "results; cannot convert")
        return dt + saving

    def __reduce__(self):
        args = getattr(self, '__getinitargs__', None)
        args = args() if args else ()
        state = getattr(self, '__dict__', None) or None
        return (type(self), args, state)


_OMITTED = object()


def _check_dt_arg(dt, what):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError('%s(dt) argument must be a datetime instance or None, '
                        'not %s' % (what, type(dt).__name__))


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, '
                            'not %s' % type(offset).__name__)
        if name is _OMITTED:
            name = None
            if not offset and cls is timezone and '_utc' in globals():
                return _utc
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24),"
                             " not %r." % (offset,))
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _utc:
            return 'datetime.timezone.utc'
        name = _type_name(self, timezone)
        if self._name is None:
            return '%s(%r)' % (name, self._offset)
        return '%s(%r, %r)' % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        "Return fixed offset."
        _check_dt_arg(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        "If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."
        _check_dt_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        "Return None."
        _check_dt_arg(dt, 'dst')
        return None

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_utc = timezone(timedelta(0))
timezone.utc = _utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _utc


# ---- time ----

def _aware_key(obj, offset):
    # Microseconds since midnight (or since day 1) less the UTC offset.
    return obj._clock_us() - (offset._total_us() if offset is not None else 0)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        h, mi, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = h, mi, s
        self._microsecond, self._tzinfo, self._fold = us, tzinfo, fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _clock_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 \
            + self._microsecond

    def _cmp(self, other, ordering):
        if self._tzinfo is other._tzinfo:
            a, b = self._clock_us(), other._clock_us()
        else:
            oa, ob = self.utcoffset(), other.utcoffset()
            if (oa is None) != (ob is None):
                if not ordering:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware times")
            a, b = _aware_key(self, oa), _aware_key(other, ob)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._clock_us())
            else:
                self._hashcode = hash(_aware_key(t, off))
        return self._hashcode

    def _tz_suffix(self, text):
        if self._fold:
            text = text[:-1] + ', fold=1)'
        if self._tzinfo is not None:
            text = text[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        return text

    def __repr__(self):
        name = _type_name(self, time)
        if self._microsecond:
            text = '%s(%d, %d, %d, %d)' % (name, self._hour, self._minute,
                                           self._second, self._microsecond)
        elif self._second:
            text = '%s(%d, %d, %d)' % (name, self._hour, self._minute, self._second)
        else:
            text = '%s(%d, %d)' % (name, self._hour, self._minute)
        return self._tz_suffix(text)

    def isoformat(self, timespec='auto'):
        return _format_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec) + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        parts = _parse_iso_time(s)
        if parts is None:
            raise _bad_iso(time_string)
        return cls(*parts)

    def strftime(self, format):
        return _strftime(self, format, (1900, 1, 1, self._hour, self._minute,
                                        self._second, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s'
                            % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _offset_ok(self._tzinfo.utcoffset(None), 'utcoffset')

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _name_ok(self._tzinfo.tzname(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _offset_ok(self._tzinfo.dst(None), 'dst')

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return a new time with new values for the specified fields."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond,
                self._tzinfo)
        if self._fold:
            return (_time_with_fold, (type(self),) + args)
        return (type(self), args)


def _time_with_fold(cls, *args):
    return cls(*args, fold=1)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ----

def _split_timestamp(t):
    # Whole seconds and microseconds of a timestamp; a float's fraction is
    # scaled and rounded half to even in double precision, as CPython does.
    if isinstance(t, int):
        return t, 0
    t = float(t)
    if t != t or t - t != 0:
        raise ValueError('Invalid value %s' % t if t != t else
                         'cannot convert float infinity to integer')
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    whole = int(whole)
    if us >= 1000000:
        whole, us = whole + 1, us - 1000000
    elif us < 0:
        whole, us = whole - 1, us + 1000000
    return whole, us


_EPOCH_ORDINAL = 719163          # 1970-01-01


def _local_offset(seconds):
    tm = _time.localtime(seconds)
    return tm.tm_gmtoff, tm.tm_zone


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        y, m, d = _check_date(year, month, day)
        h, mi, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._hour, self._minute, self._second = h, mi, s
        self._microsecond, self._tzinfo, self._fold = us, tzinfo, fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_utc_seconds(cls, whole, us, tz):
        days, rest = divmod(whole, 86400)
        n = days + _EPOCH_ORDINAL
        if not 0 < n <= _MAX_ORDINAL:
            raise ValueError('year %d is out of range'
                             % (_from_ordinal(n)[0] if n > 0 else 0))
        y, m, d = _from_ordinal(n)
        hh, rest = divmod(rest, 3600)
        mm, ss = divmod(rest, 60)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tz(tz)
        whole, us = _split_timestamp(t)
        if tz is None:
            tm = _time.localtime(whole)
            return cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour,
                       tm.tm_min, min(tm.tm_sec, 59), us)
        return tz.fromutc(cls._from_utc_seconds(whole, us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        whole, us = _split_timestamp(t)
        return cls._from_utc_seconds(whole, us, None)

    @classmethod
    def now(cls, tz=None):
        "Returns new datetime object representing current time local to tz."
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        "Construct a date from time.time()."
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        "Return a new datetime representing UTC day and time."
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        "Construct a datetime from a given date and a given time."
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        n = _iso_date_length(s)
        try:
            ymd = _parse_iso_date(s[:n])
        except ValueError:
            ymd = None
        if ymd is None:
            raise _bad_iso(date_string)
        parts = (0, 0, 0, 0, None)
        if len(s) > n:
            parts = _parse_iso_time(s[n + 1:])
            if parts is None:
                raise _bad_iso(date_string)
        return cls(*ymd, *parts)

    @classmethod
    def strptime(cls, date_string, format):
        "string, format -> new datetime parsed from a string (like time.strptime())."
        return _strptime(cls, date_string, format)

    def timetuple(self):
        "Return local time tuple compatible with time.localtime()."
        saving = self.dst()
        flag = -1 if saving is None else int(bool(saving))
        return _struct(self._year, self._month, self._day, self._hour,
                       self._minute, self._second, flag)

    def _local_seconds(self):
        # Seconds since the epoch of this naive local time, as mktime sees it.
        tt = (self._year, self._month, self._day, self._hour, self._minute,
              self._second, 0, 0, -1)
        days = self.toordinal() - _EPOCH_ORDINAL
        naive = days * 86400 + (self._hour * 60 + self._minute) * 60 + self._second
        off = _local_offset(naive)[0]
        guess = naive - off
        off2 = _local_offset(guess)[0]
        if off2 != off:
            guess = naive - off2
        return guess

    def timestamp(self):
        "Return POSIX timestamp as float"
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        "Return UTC time tuple compatible with time.gmtime()."
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        return _struct(t._year, t._month, t._day, t._hour, t._minute,
                       t._second, 0)

    def date(self):
        "Return the date part."
        return date(self._year, self._month, self._day)

    def time(self):
        "Return the time part, with tzinfo None."
        return _time_class(self._hour, self._minute, self._second,
                           self._microsecond, fold=self._fold)

    def timetz(self):
        "Return the time part, with same tzinfo."
        return _time_class(self._hour, self._minute, self._second,
                           self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return a new datetime with new values for the specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_seconds()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        off, name = _local_offset(ts)
        return timezone(timedelta(seconds=off), name)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        mine = self._tzinfo
        if mine is None:
            mine = self._local_timezone()
            off = mine.utcoffset(self)
        else:
            off = self.utcoffset()
            if off is None:
                mine = self.replace(tzinfo=None)._local_timezone()
                off = mine.utcoffset(self)
        if tz is self._tzinfo:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        "Return ctime() style string."
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % type(sep).__name__)
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second,
                               self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            fields += [self._second, self._microsecond]
        elif self._second:
            fields.append(self._second)
        text = '%s(%s)' % (_type_name(self, datetime),
                           ', '.join(map(str, fields)))
        return time._tz_suffix(self, text)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _offset_ok(self._tzinfo.utcoffset(self), 'utcoffset')

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _name_ok(self._tzinfo.tzname(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _offset_ok(self._tzinfo.dst(self), 'dst')

    def _clock_us(self):
        return (self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, ordering):
        if self._tzinfo is other._tzinfo:
            a, b = self._clock_us(), other._clock_us()
        else:
            oa, ob = self.utcoffset(), other.utcoffset()
            if (oa is None) != (ob is None):
                if not ordering:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            a, b = _aware_key(self, oa), _aware_key(other, ob)
        return (a > b) - (a < b)

    def _other(self, other, ordering):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date) and ordering:
            raise TypeError("can't compare %s to %s" % (
                _type_name(self, datetime), _type_name(other, date)))
        return False

    def __eq__(self, other):
        if self._other(other, False):
            return self._cmp(other, False) == 0
        return NotImplemented

    def __lt__(self, other):
        if self._other(other, True):
            return self._cmp(other, True) < 0
        return NotImplemented

    def __le__(self, other):
        if self._other(other, True):
            return self._cmp(other, True) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._other(other, True):
            return self._cmp(other, True) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._other(other, True):
            return self._cmp(other, True) >= 0
        return NotImplemented

    __hash__ = time.__hash__

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._clock_us() + other._total_us()
        days, rest = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        secs, us = divmod(rest, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        y, m, d = _from_ordinal(days)
        if type(self) is not datetime:
            return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)
        # The fields are valid by construction: skip the checks.
        out = object.__new__(datetime)
        out._year, out._month, out._day = y, m, d
        out._hour, out._minute, out._second = hh, mm, ss
        out._microsecond, out._tzinfo, out._fold = us, self._tzinfo, 0
        out._hashcode = -1
        return out

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._clock_us() - other._clock_us()
        if self._tzinfo is not other._tzinfo:
            oa, ob = self.utcoffset(), other.utcoffset()
            if (oa is None) != (ob is None):
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            if oa is not None:
                diff -= oa._total_us() - ob._total_us()
        return _td_from_us(diff)

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond, self._tzinfo)
        if self._fold:
            return (_time_with_fold, (type(self),) + args)
        return (type(self), args)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_date_class = date
_time_class = time


# ---- strptime, without regular expressions ----

_FULL_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday',
              'saturday', 'sunday')
_FULL_MONTHS = ('', 'january', 'february', 'march', 'april', 'may', 'june',
                'july', 'august', 'september', 'october', 'november',
                'december')
_NUMERIC = {'d': 2, 'm': 2, 'y': 2, 'Y': 4, 'H': 2, 'I': 2, 'M': 2, 'S': 2,
            'f': 6, 'j': 3, 'U': 2, 'W': 2, 'w': 1, 'u': 1, 'G': 4, 'V': 2}
_EXPAND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
           'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M'}


def _match_name(s, i, names):
    # The index in names of the longest case-insensitive match at s[i:].
    low = s[i:].lower()
    best = None
    for k, nm in enumerate(names):
        if nm and low.startswith(nm) and (best is None or len(nm) > len(names[best])):
            best = k
    return best


def _strptime(cls, data, fmt):
    if not isinstance(data, str):
        raise TypeError('strptime() argument 1 must be str, not %s'
                        % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s'
                        % type(fmt).__name__)
    # Expand the locale shorthands, then check every directive first.
    k = 0
    spec = []
    while k < len(fmt):
        c = fmt[k]
        if c == '%':
            if k + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            code = fmt[k + 1]
            if code in _EXPAND:
                spec.extend(_spec_of(_EXPAND[code]))
            elif code in _NUMERIC or code in 'aAbBphzZ%':
                spec.append(('%', code))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (code, fmt))
            k += 2
        else:
            # A run of whitespace matches one or more whitespace characters.
            if not (c.isspace() and spec and spec[-1] == ' '):
                spec.append(' ' if c.isspace() else c)
            k += 1

    def mismatch():
        return ValueError("time data %r does not match format %r" % (data, fmt))

    v = {}
    i, n = 0, len(data)
    for item in spec:
        if isinstance(item, str):
            if item.isspace():
                if i >= n or not data[i].isspace():
                    raise mismatch()
                while i < n and data[i].isspace():
                    i += 1
                continue
            if data[i:i + 1].lower() != item.lower():
                raise mismatch()
            i += 1
            continue
        code = item[1]
        if code == '%':
            if data[i:i + 1] != '%':
                raise mismatch()
            i += 1
        elif code in _NUMERIC:
            width = _NUMERIC[code]
            j = i
            while j < n and j - i < width and data[j].isdigit():
                j += 1
            if j == i or (code == 'y' and j - i != 2) or (code == 'Y' and j - i != 4):
                raise mismatch()
            v[code] = data[i:j]
            i = j
        elif code in 'aA':
            k = _match_name(data, i, _FULL_DAYS if code == 'A' else
                            [d.lower() for d in _DAY_NAMES])
            if k is None:
                raise mismatch()
            i += len((_FULL_DAYS if code == 'A' else _DAY_NAMES)[k])
            v['weekday'] = k
        elif code in 'bBh':
            names = _FULL_MONTHS if code == 'B' else \
                [''] + [m.lower() for m in _MONTH_NAMES[1:]]
            k = _match_name(data, i, names)
            if k is None:
                raise mismatch()
            i += len(names[k])
            v['m'] = str(k)
        elif code == 'p':
            k = _match_name(data, i, ['am', 'pm'])
            if k is None:
                raise mismatch()
            i += 2
            v['p'] = k
        elif code == 'z':
            if data[i:i + 1] == 'Z':
                v['z'] = 0
                i += 1
                continue
            if data[i:i + 1] not in ('+', '-'):
                raise mismatch()
            j = i + 1
            digits = ''
            while j < n and (data[j].isdigit() or data[j] in ':.'):
                digits += data[j]
                j += 1
            plain = digits.replace(':', '')
            head, _, frac = plain.partition('.')
            if len(head) not in (4, 6) or not head.isdigit():
                raise mismatch()
            secs = int(head[:2]) * 3600 + int(head[2:4]) * 60 + int(head[4:6] or 0)
            us = int((frac + '000000')[:6]) if frac else 0
            total = secs * 1000000 + us
            v['z'] = -total if data[i] == '-' else total
            i = j
        elif code == 'Z':
            k = _match_name(data, i, ['utc', 'gmt'] + [z.lower() for z in _time.tzname])
            if k is None:
                raise mismatch()
            i += len((['utc', 'gmt'] + list(_time.tzname))[k])
            v['Z'] = data[i - len((['utc', 'gmt'] + list(_time.tzname))[k]):i]
    if i != n:
        raise ValueError('unconverted data remains: %s' % data[i:])
    year = int(v['Y']) if 'Y' in v else None
    if year is None and 'y' in v:
        yy = int(v['y'])
        year = yy + (2000 if yy < 69 else 1900)
    month = int(v.get('m', 1))
    day = int(v.get('d', 1))
    hour = int(v.get('H', 0))
    if 'I' in v:
        hour = int(v['I']) % 12
        if v.get('p') == 1:
            hour += 12
    minute = int(v.get('M', 0))
    second = int(v.get('S', 0))
    us = int((v['f'] + '00000')[:6]) if 'f' in v else 0
    weekday = v.get('weekday')
    if 'w' in v:
        weekday = (int(v['w']) - 1) % 7
    if 'u' in v:
        weekday = int(v['u']) - 1
    if year is None:
        year = 1900
    if 'j' in v:
        y, month, day = _from_ordinal(_to_ordinal(year, 1, 1) + int(v['j']) - 1)
    elif weekday is not None and ('U' in v or 'W' in v):
        # Week 0 holds the days before the first Monday (%W) or Sunday
        # (%U); weekdays count from that first day.
        first = _to_ordinal(year, 1, 1)
        lead = (first + 6) % 7
        if 'U' in v:
            lead, weekday, week = (lead + 1) % 7, (weekday + 1) % 7, int(v['U'])
        else:
            week = int(v['W'])
        if week == 0:
            n_ord = first + weekday - lead
        else:
            n_ord = first + (7 - lead) % 7 + 7 * (week - 1) + weekday
        year, month, day = _from_ordinal(n_ord)
    tz = None
    if 'z' in v:
        off = v['z']
        if off == 0 and 'Z' not in v:
            tz = timezone.utc
        else:
            tz = timezone(timedelta(microseconds=off), v['Z']) if 'Z' in v \
                else timezone(timedelta(microseconds=off))
    if day > _month_len(year, month) and 1 <= month <= 12:
        raise ValueError('day is out of range for month')
    return cls(year, month, day, hour, minute, second, us, tz)


def _spec_of(fmt):
    out = []
    k = 0
    while k < len(fmt):
        if fmt[k] == '%':
            out.append(('%', fmt[k + 1]))
            k += 2
        else:
            out.append(fmt[k])
            k += 1
    return out
`
