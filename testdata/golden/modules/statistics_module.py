import statistics as st
from fractions import Fraction as F
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
datasets = [[1, 2, 3, 4, 4], [2.5, 3.25, 5.5, 11.25, 11.75], [F(1, 2), F(3, 4), F(5, 8)], [1, 2.5, F(1, 3)], [10**20, 10**20 + 1, 10**20 + 2],
            [0.1] * 10, [1e308, 1e308], [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [True, False, True], list(range(1000)), [0.1, 0.2, 0.3, 0.4, 1e-17],
            [-1.5, 2.25, -3.125, 4.0625]]
for d in datasets:
    row = []
    for fn in [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode, st.pvariance, st.variance, st.pstdev, st.stdev]:
        try:
            row.append(fn(d))
        except Exception as e:
            row.append('%s: %s' % (type(e).__name__, e))
    print(row)
t(lambda: st.mean([])); t(lambda: st.variance([1])); t(lambda: st.stdev([1])); t(lambda: st.pvariance([])); t(lambda: st.pstdev([])); t(lambda: st.median([])); t(lambda: st.mode([])); t(lambda: st.fmean([])); t(lambda: st.multimode([]))
t(lambda: st.mean(['a'])); t(lambda: st.mean([1, 'a'])); t(lambda: st.mean([float('inf'), 1])); t(lambda: st.mean([float('nan')])); t(lambda: st.variance([float('inf'), 1, 2])); t(lambda: st.mean([1.5, F(1, 2)]))
t(lambda: st.mean(iter([1, 2, 3]))); t(lambda: st.variance([1, 2, 3, 4], 2.5)); t(lambda: st.pvariance([1, 2, 3, 4], mu=2)); t(lambda: st.stdev([F(1), F(2), F(4)])); t(lambda: st.pstdev([1, 2, 3, 4, 5, 6]))
t(lambda: st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5])); t(lambda: st.fmean(iter([1.5, 2.5]))); t(lambda: st.fmean([1, 2], weights=[1])); t(lambda: st.fmean([1, 2], weights=[0, 0]))
t(lambda: st.geometric_mean([54, 24, 36])); t(lambda: st.geometric_mean([1, -1])); t(lambda: st.geometric_mean([]))
t(lambda: st.harmonic_mean([40, 60])); t(lambda: st.harmonic_mean([40, 60], weights=[5, 30])); t(lambda: st.harmonic_mean([1, 0, 2])); t(lambda: st.harmonic_mean([-1, 2])); t(lambda: st.harmonic_mean([5])); t(lambda: st.harmonic_mean([])); t(lambda: st.harmonic_mean([F(1, 2), F(1, 3)])); t(lambda: st.harmonic_mean([1, 2], weights=[1]))
t(lambda: st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])); t(lambda: st.median_grouped([52, 52, 53, 54], interval=2)); t(lambda: st.median_grouped(['a', 'b']))
t(lambda: st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red'])); t(lambda: st.multimode('aabbbbccddddeeffffgg'))
t(lambda: st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
t(lambda: st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive')); t(lambda: st.quantiles([1.5, 2.5], n=3)); t(lambda: st.quantiles([1], n=4)); t(lambda: st.quantiles([1, 2], n=0)); t(lambda: st.quantiles([1, 2], method='x'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
t(lambda: st.covariance(x, y)); t(lambda: st.correlation(x, x)); t(lambda: st.correlation(x, y)); t(lambda: st.linear_regression(x, [2 * v + 1 for v in x])); t(lambda: st.linear_regression(x, y, proportional=True))
t(lambda: st.covariance([1], [2])); t(lambda: st.correlation([1, 2], [1])); t(lambda: st.correlation([1, 1], [1, 2])); t(lambda: st.linear_regression([1, 1], [1, 2]))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance, nd.pdf(110), nd.cdf(110), nd.inv_cdf(0.95), nd.zscore(130), nd.quantiles(), nd.quantiles(10))
for p in [1e-300, 1e-10, 0.001, 0.02, 0.3, 0.5, 0.7, 0.975, 0.999999, 1 - 1e-16]:
    print(p, st.NormalDist().inv_cdf(p))
print(nd.overlap(st.NormalDist(110, 20)), nd.overlap(st.NormalDist(130, 15)), nd + 5, nd - st.NormalDist(10, 20), nd * 2, 2 * nd, nd / 4, -nd, +nd, 10 - nd, nd == st.NormalDist(100, 15), nd == 5)
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), len(st.NormalDist().samples(5, seed=42)), st.NormalDist(5, 2).samples(3, seed=1))
t(lambda: st.NormalDist(0, -1)); t(lambda: st.NormalDist(0, 0).pdf(1)); t(lambda: st.NormalDist(0, 0).cdf(1)); t(lambda: st.NormalDist().inv_cdf(1)); t(lambda: st.NormalDist(1, 0).inv_cdf(0.5)); t(lambda: st.NormalDist().overlap(5)); t(lambda: st.NormalDist(0, 0).zscore(1)); t(lambda: st.NormalDist.from_samples([1]))
print(issubclass(st.StatisticsError, ValueError), st.__all__, hash(nd) == hash(st.NormalDist(100, 15)))
