from datetime import datetime, date, time, timedelta, timezone
import datetime as D
import pickle, copy
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
dt = datetime(2020, 5, 17, 13, 4, 5, 123456)
print(dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), repr(datetime(2020, 1, 1, fold=1)), repr(datetime(2020, 1, 1, tzinfo=timezone.utc, fold=1)))
print(isinstance(dt, date), issubclass(datetime, date), dt.date(), dt.time(), dt.timetz(), dt.weekday(), dt.isocalendar(), dt.toordinal(), dt.ctime())
print(dt.timetuple())
for ts in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(ts, dt.isoformat(timespec=ts), dt.replace(microsecond=0).isoformat(timespec=ts), dt.time().isoformat(ts))
t(lambda: dt.isoformat(timespec='nanoseconds')); t(lambda: dt.isoformat('xx')); t(lambda: dt.isoformat(5))
print(dt.isoformat(' '), dt.isoformat(sep='_'), str(dt), format(dt), format(dt, '%H:%M'), f"{dt:%Y-%m-%d %H:%M:%S.%f}", dt.strftime('%a %A %b %B %c %d %j %p %I %U %W %w %y %x %X %%'))
t(lambda: datetime(2020, 1, 1, 24)); t(lambda: datetime(2020, 1, 1, 1, 60)); t(lambda: datetime(2020, 1, 1, 1, 1, 60)); t(lambda: datetime(2020, 1, 1, 1, 1, 1, 10**6)); t(lambda: datetime(2020, 1, 1, fold=2)); t(lambda: datetime(2020, 1, 1, tzinfo=1)); t(lambda: datetime(2020, 2, 30))
print(dt + timedelta(hours=12), dt - timedelta(days=140), dt - datetime(2020, 1, 1), datetime(2020, 1, 1) - dt, timedelta(seconds=-1) + datetime(2020, 1, 1))
print(datetime(2020, 3, 1) - datetime(2019, 3, 1, 5), datetime(2020, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1))
t(lambda: datetime.max + timedelta(1)); t(lambda: datetime.min - timedelta(microseconds=1))
t(lambda: datetime(2020, 1, 1) < date(2020, 1, 1)); t(lambda: datetime(2020, 1, 1) == date(2020, 1, 1)); t(lambda: date(2020, 1, 1) == datetime(2020, 1, 1)); t(lambda: date(2020, 1, 1) < datetime(2020, 1, 2)); t(lambda: date(2020, 1, 1) != datetime(2020, 1, 1))
print(dt == datetime(2020, 5, 17, 13, 4, 5, 123456), dt < datetime(2020, 5, 17, 13, 4, 5, 123457), dt > datetime.min, dt == 5, dt.replace(fold=1) == dt)
print(sorted([datetime(2020, 1, 2), datetime(2020, 1, 1, 23), datetime(2019, 1, 1)]))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.max))
print(dt.replace(year=2021), dt.replace(hour=0, minute=0), dt.replace(tzinfo=timezone.utc), dt.replace(2000, 1, 1, 1, 1, 1, 1))
t(lambda: dt.replace(month=2, day=30))
for s in ['2011-11-04', '20111104', '2011-W01-2', '2011W012', '2011-W01', '2011-11-04T00:05:23Z', '2011-11-04 00:05:23.283+00:00', '2011-11-04T00:05:23+04:00', '20111104T000523', '2011-11-04T00:05:23.1234567', '2011-11-04T00:05:23,5', '2011-11-04T00', '2011-11-04T0005', '2011-11-04T00:05:23-0130', '2011-11-04T00:05:23+01:30:15.5', '2011-11-04x00:05', '2011-11-04T24:00', '2011-11-04T00:05:23.12', '2011-1-04', '2011-11-04T00:05:23+1', '2011-11-04T', '2011-11-04T00:05:23.', '2011-11-04T00:05:23+00:00']:
    t(lambda: datetime.fromisoformat(s))
t(lambda: datetime.fromisoformat(5))
for s in ['12:30', '12', '1230', '12:30:45.5', '12:30:45Z', 'T12:30', '12:30:45.123456789', '25:00', '12:30+01', '12:30:45,123', '123045', '1', '12:3', '12:30:45+05:30']:
    t(lambda: time.fromisoformat(s))
for x in [dt, datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-5))), datetime(1, 1, 1), datetime.max]:
    print(datetime.fromisoformat(x.isoformat()) == x, datetime.fromisoformat(str(x)) == x)
t(lambda: datetime.utcfromtimestamp(0)); t(lambda: datetime.utcfromtimestamp(1.0000005)); t(lambda: datetime.utcfromtimestamp(1.0000015)); t(lambda: datetime.utcfromtimestamp(-1.5)); t(lambda: datetime.utcfromtimestamp(1e9 + 0.25)); t(lambda: datetime.utcfromtimestamp(-1.0000005))
t(lambda: datetime.combine(date(2020, 1, 1), time(1, 2))); t(lambda: datetime.combine(1, time())); t(lambda: datetime.combine(date(2020, 1, 1), 2))
t(lambda: datetime.fromordinal(5)); t(lambda: datetime.fromisocalendar(2020, 1, 1)); t(lambda: datetime(2020, 1, 1).fromordinal(737791))
print(type(datetime.now()).__name__, type(datetime.today()).__name__, type(datetime.utcnow()).__name__, datetime.now() > datetime(2024, 1, 1), datetime.now(timezone.utc).tzinfo, abs(datetime.now().timestamp() - __import__('time').time()) < 5)
print(pickle.loads(pickle.dumps(dt)) == dt, copy.copy(dt) == dt, copy.deepcopy(dt) == dt, pickle.loads(pickle.dumps(dt.replace(fold=1))).fold)
class MyDT(datetime):
    pass
m = MyDT(2020, 1, 1, 12)
print(repr(m), type(m + timedelta(1)).__name__, type(m - timedelta(1)).__name__, type(MyDT.now()).__name__, type(MyDT.fromisoformat('2020-01-01')).__name__, type(m.replace(hour=1)).__name__)
print(hash(dt) == hash(datetime(2020, 5, 17, 13, 4, 5, 123456)), hash(dt) == hash(dt.replace(fold=1)))
