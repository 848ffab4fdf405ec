# The time module: only properties that do not depend on the clock value.
import time
t1 = time.time()
t2 = time.time()
print(type(t1).__name__, t2 >= t1, t1 > 1_600_000_000)
p1 = time.perf_counter()
p2 = time.perf_counter()
print(type(p1).__name__, p2 >= p1)
m = time.monotonic()
print(type(m).__name__, time.monotonic() >= m)
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
time.sleep(0)
print("slept zero seconds")
