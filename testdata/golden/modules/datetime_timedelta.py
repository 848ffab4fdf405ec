from datetime import timedelta
import datetime, pickle, copy
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(timedelta(), timedelta(1), timedelta(days=-1, seconds=5), timedelta(hours=25, minutes=61, seconds=61))
for args, kw in [((1, 2, 3, 4, 5, 6, 7), {}), ((), {'weeks': 1.5}), ((), {'seconds': 0.1, 'microseconds': 0.5}),
                 ((), {'microseconds': 1.5}), ((), {'microseconds': 2.5}), ((), {'microseconds': -1.5}),
                 ((), {'days': 1.3, 'hours': -0.7}), ((), {'milliseconds': 1.0000001}), ((0.5, 0.5, 0.5), {}),
                 ((), {'days': -0.000001}), ((), {'minutes': 1e-7}), ((), {'hours': -1e-12})]:
    t(lambda: timedelta(*args, **kw))
t(lambda: timedelta(days=10**9)); t(lambda: timedelta(days=-10**9)); t(lambda: timedelta('1')); t(lambda: timedelta(hours=[]))
t(lambda: timedelta(1) * 1e300)
d = timedelta(days=2, hours=3, microseconds=7)
print(d.days, d.seconds, d.microseconds, d.total_seconds(), str(d), repr(-d), str(-d))
for x in [timedelta(days=-1, seconds=5), timedelta(days=2, microseconds=5), -timedelta(microseconds=1), timedelta(days=1), timedelta(seconds=59), timedelta(days=-2)]:
    print(str(x), '|', repr(x), '|', abs(x), bool(x))
a, b = timedelta(hours=5), timedelta(hours=2)
print(a + b, a - b, b - a, a * 3, 3 * a, a * 1.1, 0.5 * a, a / 3, a / 3.0, a / -7, a // 3, a / b, a // b, a % b, divmod(a, b), -a // b, -a % b)
print(timedelta(hours=1.5) * 1.1, timedelta(seconds=1) / 3, timedelta(seconds=1) // 3, timedelta(seconds=1) * -0.5, timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2)
t(lambda: a / 0); t(lambda: a // 0); t(lambda: a % timedelta(0)); t(lambda: a / timedelta(0)); t(lambda: a / 0.0)
print(a == b, a != b, a > b, a >= b, a < b, a <= b, a == 5, a != 'x', timedelta(hours=24) == timedelta(1), +a, abs(-a))
print(sorted([a, b, -a, timedelta(0)]), max(a, b), min(a, b), sum([a, b], timedelta()))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
print(hash(a) == hash(timedelta(seconds=18000)), {a: 1}[timedelta(minutes=300)])
print(pickle.loads(pickle.dumps(d)) == d, copy.copy(d) == d, copy.deepcopy(d) == d)
class TD(timedelta):
    pass
x = TD(hours=1)
print(repr(x), type(x).__name__, type(x + x).__name__, x.total_seconds())
t(lambda: timedelta.max + timedelta(microseconds=1))
t(lambda: timedelta.min - timedelta(1))
