# random: draws of each distribution from a seeded generator, bit for bit.
# (Kept short: over thousands of draws minipy and CPython differ in a last bit
# now and then, where glibc's log or pow is not correctly rounded and
# minipy's is, or the reverse; see the report of session 5 / stdlib.)
import random
r = random.Random(99)
out = []
for a in (0.1, 0.5, 0.7, 0.9, 1.0, 1.5, 3.0, 10.0):
    out.append([r.gammavariate(a, 2.0) for _ in range(12)])
out.append([r.vonmisesvariate(1.0, k) for k in (0.5, 1, 4, 1e-7) for _ in range(5)])
out.append([r.betavariate(0.5, 0.5) for _ in range(12)])
out.append([r.gauss(1, 2) for _ in range(13)])
out.append([r.normalvariate(3, 0.5) for _ in range(12)])
out.append([r.expovariate(1.5) for _ in range(12)])
out.append([r.lognormvariate(0, 0.25) for _ in range(6)] + [r.paretovariate(3) for _ in range(6)] + [r.weibullvariate(2, 0.5) for _ in range(6)])
for row in out:
    print(row)
