package stdlib

// calendar in Python, written for minipy: the day arithmetic comes from
// datetime; TextCalendar lays out months and years as cal(1) does, with
// CPython's column widths and padding. Names are the C locale's.

func init() {
	addFrozen("calendar", "Calendar printing functions\n\nNote when comparing these calendars to the ones printed by cal(1): By\ndefault, these calendars have Monday as the first day of the week, and\nSunday as the last (the European convention). Use setfirstweekday() to\nset the first day of the week (0=Monday, 6=Sunday).", calendarSource)
}

const calendarSource = `
import datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


January = 1
February = 2

mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY) = range(7)

EPOCH = 1970


class _localized_month:
    # Month names as strftime gives them, index 0 being ''.
    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        names = [''] + [datetime.date(2001, k, 1).strftime(self.format)
                        for k in range(1, 13)]
        if isinstance(i, slice):
            return names[i]
        return names[i]

    def __len__(self):
        return 13


class _localized_day:
    # Weekday names, Monday first (2001-01-01 was a Monday).
    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        names = [datetime.date(2001, 1, k + 1).strftime(self.format)
                 for k in range(7)]
        return names[i]

    def __len__(self):
        return 7


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    a, b = y1 - 1, y2 - 1
    return (b // 4 - a // 4) - (b // 100 - a // 100) + (b // 400 - a // 400)


def weekday(year, month, day):
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # Outside date's range: the same day 400 years on is the same weekday.
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _month_len(year, month):
    return 29 if month == 2 and isleap(year) else mdays[month]


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _month_len(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _chunks(items, size):
    return [items[k:k + size] for k in range(0, len(items), size)]


class Calendar(object):
    """The days of months and years, grouped in weeks; no formatting."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for k in range(self.firstweekday, self.firstweekday + 7):
            yield k % 7

    def itermonthdays4(self, year, month):
        # (year, month, day, weekday) for every day of the weeks that
        # cover the month, padded with the neighbouring months' days.
        first, ndays = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        py, pm = _prevmonth(year, month)
        plen = _month_len(py, pm) if py >= 1 else 31
        wd = (first - lead) % 7
        for d in range(plen - lead + 1, plen + 1):
            yield py, pm, d, wd
            wd = (wd + 1) % 7
        for d in range(1, ndays + 1):
            yield year, month, d, wd
            wd = (wd + 1) % 7
        ny, nm = _nextmonth(year, month)
        d = 1
        while (lead + ndays + d - 1) % 7:
            yield ny, nm, d, wd
            wd = (wd + 1) % 7
            d += 1

    def itermonthdates(self, year, month):
        for y, m, d, _ in self.itermonthdays4(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays3(self, year, month):
        for y, m, d, _ in self.itermonthdays4(year, month):
            yield y, m, d

    def itermonthdays2(self, year, month):
        for y, m, d, wd in self.itermonthdays4(year, month):
            yield (d if m == month else 0), wd

    def itermonthdays(self, year, month):
        for d, _ in self.itermonthdays2(year, month):
            yield d

    def monthdatescalendar(self, year, month):
        return _chunks(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _chunks(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _chunks(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        months = [self.monthdatescalendar(year, m) for m in range(1, 13)]
        return _chunks(months, width)

    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, m) for m in range(1, 13)]
        return _chunks(months, width)

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, m) for m in range(1, 13)]
        return _chunks(months, width)


class TextCalendar(Calendar):
    """Months and years as plain text, laid out as cal(1) does."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(k, width) for k in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        name = month_name[themonth]
        if withyear:
            name = '%s %r' % (name, theyear)
        return name.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w, l = max(2, w), max(1, l)
        gap = '\n' * l
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        lines += [self.formatweek(week, w).rstrip()
                  for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w, l, c = max(2, w), max(1, l), max(2, c)
        col = (w + 1) * 7 - 1
        gap = '\n' * l
        out = [repr(theyear).center(col * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for row, cals in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row + 1, min(m * (row + 1) + 1, 13))
            out.append(gap)
            out += [formatstring([self.formatmonthname(theyear, k, col, False)
                                  for k in months], col, c).rstrip(), gap]
            out += [formatstring([header] * len(months), col, c).rstrip(), gap]
            for j in range(max(len(cal) for cal in cals)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else ''
                         for cal in cals]
                out += [formatstring(weeks, col, c).rstrip(), gap]
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Months as HTML tables."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        cells = ''.join(self.formatday(d, wd) for d, wd in theweek)
        return '<tr>%s</tr>' % cells

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (
            self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        cells = ''.join(self.formatweekday(k) for k in self.iterweekdays())
        return '<tr>%s</tr>' % cells

    def formatmonthname(self, theyear, themonth, withyear=True):
        name = month_name[themonth]
        if withyear:
            name = '%s %s' % (name, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (
            self.cssclass_month_head, name)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week)
                 for week in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return ''.join(r + '\n' for r in rows)


LocaleTextCalendar = TextCalendar
LocaleHTMLCalendar = HTMLCalendar

c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    return (' ' * spacing).join(col.center(colwidth) for col in cols)


def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - 719163 + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
`
