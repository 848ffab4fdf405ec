# Big ints: pi digits by the unbounded spigot (Gibbons), factorials and a
# Fibonacci number with thousands of digits, checked by digit sums and by
# // and % on huge values.


def pidigits(n):
    out = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(str(d) for d in out)


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def count_digits(n):
    """Returns (number of decimal digits, digit sum) of n > 0 without str(),
    which CPython limits to 4300 digits."""
    count = s = 0
    while n:
        n, d = divmod(n, 10 ** 18)
        chunk = str(d)
        s += sum(int(c) for c in chunk)
        count = count + 18 if n else count + len(chunk)
    return count, s


def main():
    digits = pidigits(3200)
    f = factorial(6000)
    g = fib(60000)
    print("pi", digits[:20], digits[-20:], sum(int(c) for c in digits))
    print("fact", count_digits(f), f % 1000000007, (f // g) % 99991)
    print("fib", count_digits(g), g % 10 ** 12, pow(3, 100000, g) % 10 ** 9)


main()
