import datetime as D
from datetime import datetime, date, time, timedelta, timezone, tzinfo
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: timezone(timedelta(hours=24))); t(lambda: timezone(5)); t(lambda: timezone(timedelta(hours=1), 5)); t(lambda: timezone(timedelta(microseconds=1)))
t(lambda: timezone(timedelta(hours=1, seconds=30)).tzname(None)); t(lambda: timezone(timedelta(hours=-1, microseconds=30))); t(lambda: str(timezone(-timedelta(minutes=90))))
t(lambda: timezone(timedelta(0))); t(lambda: timezone(timedelta(0), 'UTC')); t(lambda: timezone.min); t(lambda: timezone.max); t(lambda: timezone.utc); t(lambda: D.UTC is timezone.utc)
t(lambda: timezone(timedelta(0)) is timezone.utc); t(lambda: str(timezone.utc)); t(lambda: timezone(timedelta(hours=5, minutes=30), 'IST')); t(lambda: str(timezone(timedelta(hours=5, minutes=30), 'IST')))
t(lambda: timezone(timedelta(hours=5), 'EST') == timezone(timedelta(hours=5))); t(lambda: timezone.utc == timezone(timedelta(0), 'Z')); t(lambda: timezone.utc != timezone.min)
t(lambda: timezone.utc.tzname(5)); t(lambda: timezone.utc.utcoffset(5)); t(lambda: timezone.utc.dst(None)); t(lambda: timezone.utc.fromutc(datetime(2020, 1, 1))); t(lambda: timezone.utc.fromutc(5))
t(lambda: timezone(timedelta(hours=1)).fromutc(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1)))))
tz1 = timezone(timedelta(hours=1))
t(lambda: tz1.fromutc(datetime(2020, 1, 1, tzinfo=tz1)))
t(lambda: D.tzinfo().utcoffset(None)); t(lambda: D.tzinfo().tzname(None)); t(lambda: D.tzinfo().dst(None)); t(lambda: D.tzinfo().fromutc(datetime(2020, 1, 1))); t(lambda: D.tzinfo().fromutc(5))
t(lambda: issubclass(timezone, tzinfo)); t(lambda: hash(timezone.utc) == hash(timezone(timedelta(0), 'x')))

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return 'Fixed(%r)' % self.name

class Bad(tzinfo):
    def utcoffset(self, dt): return 5
    def tzname(self, dt): return 5
    def dst(self, dt): return timedelta(days=2)
t(lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset()); t(lambda: datetime(2020, 1, 1, tzinfo=Bad()).tzname()); t(lambda: datetime(2020, 1, 1, tzinfo=Bad()).dst())
t(lambda: time(1, tzinfo=Bad()).utcoffset()); t(lambda: time(1, tzinfo=Bad()).isoformat())
f = Fixed(-300, 'EST')
dt = datetime(2020, 3, 1, 12, 30, tzinfo=f)
print(dt, repr(dt), dt.utcoffset(), dt.tzname(), dt.dst(), dt.timetuple().tm_isdst, dt.astimezone(timezone.utc), dt.astimezone(Fixed(60, 'CET')))
print(tz1.fromutc(datetime(2020, 1, 1, 23, tzinfo=tz1)), f.fromutc(datetime(2020, 1, 1, tzinfo=f)))
u = datetime(2020, 1, 1, tzinfo=timezone.utc)
print(u == datetime(2020, 1, 1, 2, tzinfo=timezone(timedelta(hours=2))), u - datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=2))), u < datetime(2019, 12, 31, 20, tzinfo=f))
t(lambda: u < datetime(2020, 1, 1)); t(lambda: u == datetime(2020, 1, 1)); t(lambda: u != datetime(2020, 1, 1)); t(lambda: u - datetime(2020, 1, 1))
t(lambda: time(1, tzinfo=timezone.utc) < time(1)); t(lambda: time(1, tzinfo=timezone.utc) == time(1)); t(lambda: time(2, tzinfo=timezone(timedelta(hours=1))) == time(1, tzinfo=timezone.utc))
t(lambda: time(12, tzinfo=tz1).utcoffset()); t(lambda: time(12).utcoffset()); t(lambda: time(12, tzinfo=f).tzname()); t(lambda: time(12, 5, tzinfo=f)); t(lambda: str(time(12, 5, tzinfo=f)))
print(u.astimezone(tz1), u.astimezone(timezone.utc) is u, u.astimezone(tz1).astimezone(timezone.utc) == u)
t(lambda: u.astimezone(5))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(0, timezone(timedelta(hours=5))), datetime.fromtimestamp(1e9, f))
print(u.timestamp(), datetime(2020, 5, 17, 13, 4, 5, 123456, tzinfo=timezone(timedelta(hours=-3, minutes=-30))).timestamp())
print(datetime(2020, 1, 1, tzinfo=timezone.utc).utctimetuple(), datetime(2020, 1, 1, 1, tzinfo=tz1).utctimetuple())
print(datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=tz1)), datetime.combine(date(2020, 1, 1), time(1, 2), tzinfo=f), datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=tz1), tzinfo=None))
print(dt.timetz(), dt.time(), dt.date(), dt.replace(tzinfo=None), dt.replace(tzinfo=timezone.utc))
print(hash(u) == hash(datetime(2020, 1, 1, 1, tzinfo=tz1)), len({u, datetime(2020, 1, 1, 1, tzinfo=tz1), datetime(2020, 1, 1)}))
