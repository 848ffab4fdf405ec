from datetime import datetime, date, time, timedelta, timezone
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s, f in [('2020-01-02', '%Y-%m-%d'), ('2020-01-02', '%Y-%m-%d %H'), ('2020-01-02 5', '%Y-%m-%d'), ('2020-02-30', '%Y-%m-%d'),
             (' 2020 Jan  3  1:2:3.5 pm +0130 UTC', ' %Y %b %d %I:%M:%S.%f %p %z %Z'), ('20200102', '%Y%m%d'), ('2020 32', '%Y %j'),
             ('5', '%H'), ('2020-01-02', '%Y-%m-%q'), ('%2020', '%%%Y'), ('Monday 2020 10 1', '%A %Y %W %w'), ('Sun 2020 10 0', '%a %Y %U %w'),
             ('03/04/21', '%m/%d/%y'), ('03/04/69', '%m/%d/%y'), ('December 25, 1999 11:59PM', '%B %d, %Y %I:%M%p'), ('12:00AM', '%I:%M%p'),
             ('2020-01-02T03:04:05Z', '%Y-%m-%dT%H:%M:%S%z'), ('2020-01-02 03:04:05 -05:00', '%Y-%m-%d %H:%M:%S %z'), ('Thu Jan  2 03:04:05 2020', '%c'),
             ('01/02/20', '%x'), ('03:04:05', '%X'), ('2020-1-2', '%Y-%m-%d'), ('2020', '%Y %'), ('jan 5 2021', '%b %d %Y'), ('2021 MAY 5', '%Y %B %d')]:
    t(lambda: datetime.strptime(s, f))
t(lambda: datetime.strptime(5, '%Y')); t(lambda: datetime.strptime('2020', 5))
d = datetime(2006, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=-7), 'MST'))
for f in ['%Y-%m-%d %H:%M:%S.%f %z %Z', '%a %A %w %d %b %B %m %y %Y %H %I %p %M %S %f %z %Z %j %U %W %c %x %X %%', '%G-W%V-%u', '%%z %%%z', '', 'plain', '%Y%%%m', '%e %D %T %R %C %g %h']:
    print(repr(d.strftime(f)), repr(d.date().strftime(f)), repr(d.timetz().strftime(f)))
print(datetime(5, 1, 1).strftime('%Y|%y|%G'), datetime(999, 12, 31).strftime('%Y %j'))
print(date(2020, 1, 1).ctime(), datetime(2020, 12, 25, 18, 30).ctime(), time(1, 2, 3, 4).strftime('%Y %H %f'))
t(lambda: date(2020, 1, 1).strftime(5))
tm = time(13, 4, 5, 600)
print(tm, repr(tm), tm.hour, tm.minute, tm.second, tm.microsecond, repr(time()), repr(time(1, 2, 3)), repr(time(1, fold=1)), format(tm, '%I %p'), format(tm))
t(lambda: time(24)); t(lambda: time(1, 60)); t(lambda: time(1, 1, 60)); t(lambda: time(1, 1, 1, 10**6)); t(lambda: time(fold=2)); t(lambda: time(tzinfo=1)); t(lambda: time(-1)); t(lambda: time('1'))
print(time(1) < time(2), time(1, 30) == time(1, 30), time(1) == 1, time(0) or 'falsy', bool(time()), tm.replace(hour=1), tm.replace(tzinfo=timezone.utc), tm.replace(fold=1).fold)
print(time.min, time.max, time.resolution, sorted([time(5), time(1, 59), time(1)]))
print(hash(tm) == hash(time(13, 4, 5, 600)), hash(time(1)) == hash(time(1, fold=1)))
