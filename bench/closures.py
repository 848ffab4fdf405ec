# Closures: counters with nonlocal state, function factories, decorators
# wrapping calls, and functions passed around as values.


def make_counter(step):
    count = 0

    def incr():
        nonlocal count
        count += step
        return count
    return incr


def counting(fn):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        return fn(*args)

    def ncalls():
        return calls
    wrapper.ncalls = ncalls
    return wrapper


def memo(fn):
    cache = {}

    def wrapper(n):
        r = cache.get(n)
        if r is None:
            r = fn(n)
            cache[n] = r
        return r
    return wrapper


@counting
def add3(a, b, c):
    return a + b + c


def compose(f, g):
    return lambda x: f(g(x))


def adder(k):
    return lambda x: x + k


def main():
    counters = [make_counter(k) for k in range(1, 6)]
    total = 0
    for i in range(640000):
        total += counters[i % 5]()
    for i in range(640000):
        total = add3(total, i, 1) % 1000000007
    fs = [adder(k) for k in range(10)]
    chain = fs[0]
    for f in fs[1:]:
        chain = compose(chain, f)
    x = 0
    for i in range(130000):
        x = chain(x) % 1000003

    @memo
    def collatz_len(n):
        if n == 1:
            return 1
        return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    best = max(range(1, 160000), key=collatz_len)
    print("closures", total, add3.ncalls(), x, best, collatz_len(best))


main()
