# Every function of the time module, printing what does not depend on the
# clock or the time zone.
import time

t0, t0ns = time.time(), time.time_ns()
print("time", type(t0).__name__, type(t0ns).__name__, t0 > 1.6e9, abs(t0ns / 1e9 - t0) < 60)
m, mns = time.monotonic(), time.monotonic_ns()
p, pns = time.perf_counter(), time.perf_counter_ns()
c, cns = time.process_time(), time.process_time_ns()
time.sleep(0.01)
print("monotonic", time.monotonic() >= m + 0.005, time.monotonic_ns() > mns)
print("perf_counter", time.perf_counter() >= p + 0.005, time.perf_counter_ns() > pns)
x = sum(range(100000))
print("process_time", time.process_time() >= c, time.process_time_ns() >= cns, type(cns).__name__)
g = time.gmtime(0)
print("gmtime", tuple(g), g.tm_year, g.tm_yday)
g2 = time.gmtime(1_000_000_000)
print(tuple(g2))
print("strftime", time.strftime("%Y-%m-%d %H:%M:%S %j %a %b %%", g2))
print("asctime", time.asctime(g2))
loc = time.localtime(1_000_000_000)
print("localtime", type(loc).__name__, len(loc), loc.tm_isdst in (-1, 0, 1))
print("mktime", time.mktime(loc))
print("ctime", time.ctime(1_000_000_000) == time.asctime(loc))
print("now", type(time.localtime()).__name__, type(time.gmtime()).__name__, type(time.ctime()).__name__,
      type(time.asctime()).__name__, type(time.strftime("%Y")).__name__)
for bad in [lambda: time.sleep(-1), lambda: time.strftime(1), lambda: time.gmtime("x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# The clock_* functions and the rest of 3.11's time module (Linux).
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__,
      type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__,
      time.clock_getres(time.CLOCK_MONOTONIC) > 0,
      type(time.thread_time_ns()).__name__, time.tzset())
