import datetime
from datetime import date, timedelta, MINYEAR, MAXYEAR
import pickle, copy
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(MINYEAR, MAXYEAR, datetime.__all__ if hasattr(datetime, '__all__') else None)
d = date(2020, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar(), d.ctime())
print(d.isocalendar().year, d.isocalendar().week, d.isocalendar().weekday, tuple(d.isocalendar()), d.isocalendar() == (2020, 9, 6))
print(d.timetuple())
print(d.isoformat(), str(d), format(d), format(d, '%d/%m/%Y'), f"{d:%A %B %j}", d.strftime('%Y %z %Z %f %H %%f %a %b'))
t(lambda: date(2020.0, 1, 1)); t(lambda: date('2020', 1, 1)); t(lambda: date(0, 1, 1)); t(lambda: date(2020, 13, 1)); t(lambda: date(2020, 2, 30)); t(lambda: date(10000, 1, 1)); t(lambda: date(2019, 2, 29)); t(lambda: date(2020, 0, 1)); t(lambda: date(2020, 1, 0))
for n in [1, 2, 365, 366, 730120, 737850, 3652059, 146097, 146098]:
    x = date.fromordinal(n)
    print(n, x, x.toordinal() == n, x.weekday())
t(lambda: date.fromordinal(0)); t(lambda: date.fromordinal(3652060))
for s in ['2011-11-04', '20111104', '2011-W01-2', '2011W012', '2011-W01', '2011W01', '2020-W53-7', '2011-11-04T00', '2011-13-01', '2011-02-30', '0000-01-01', '2011/11/04', '2011-1-04', '', '2011-11-4', '2011-W54-1', '2011-W01-8']:
    t(lambda: date.fromisoformat(s))
t(lambda: date.fromisoformat(5))
for y, w, wd in [(2020, 1, 1), (2020, 53, 7), (2021, 53, 1), (2020, 54, 1), (2020, 1, 8), (2020, 0, 1), (0, 1, 1), (2004, 1, 1), (9999, 52, 5)]:
    t(lambda: date.fromisocalendar(y, w, wd))
for x in [date(2004, 1, 1), date(2003, 12, 29), date(2005, 1, 2), date(2008, 12, 29), date(2010, 1, 3), date(1, 1, 1), date(9999, 12, 31)]:
    print(x, x.isocalendar(), date.fromisocalendar(*x.isocalendar()) == x)
print(d + timedelta(1), timedelta(days=-60) + d, d - timedelta(days=366), d - date(2019, 2, 28), date(2019, 1, 1) - d, d + timedelta(hours=47), d - timedelta(seconds=1))
t(lambda: date.max + timedelta(1)); t(lambda: date.min - timedelta(1))
print(d == date(2020, 2, 29), d != date(2020, 2, 28), d < date(2021, 1, 1), d >= date(2020, 2, 29), d == 5, d == '2020-02-29')
print(sorted([date(2020, 1, 2), date(1999, 12, 31), date(2020, 1, 1)]), max(d, date(2021, 1, 1)))
print(d.replace(year=2024), d.replace(2021, 3), d.replace(day=1))
t(lambda: d.replace(year=2021)); t(lambda: d.replace(month=13))
print(date.min, date.max, date.resolution, repr(date.min))
print(hash(d) == hash(date(2020, 2, 29)), {d: 'x'}[date(2020, 2, 29)])
print(pickle.loads(pickle.dumps(d)) == d, copy.copy(d) == d, copy.deepcopy(d) == d)
class MyDate(date):
    def __str__(self):
        return 'MyDate!'
m = MyDate(2000, 1, 1)
print(repr(m), str(m), m.isoformat(), type(m + timedelta(1)).__name__, type(MyDate.fromordinal(5)).__name__, type(m.replace(day=2)).__name__, repr(MyDate.fromisoformat('2001-02-03')))
print(type(date.today()).__name__, date.today() >= date(2024, 1, 1), date.fromtimestamp(0), date.fromtimestamp(86400 * 365.5))
t(lambda: format(d, 5))
