"""A tour of what minipy runs: `make run` executes this file."""


class Vector:
    """A small 2-D vector with operators, repr and iteration."""

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"


def primes():
    """An endless generator of primes."""
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


v = Vector(1, 2) + 3 * Vector(0.5, -1)
print("vector:", v, "as a tuple:", tuple(v))

gen = primes()
print("first primes:", [next(gen) for _ in range(10)])
print("fib(90) =", fib(90), "- big ints:", 2 ** 100)

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("most common:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("letters:", "".join(sorted({c for w in words for c in w})))

try:
    {}["missing"]
except KeyError as e:
    print("caught", type(e).__name__, e)

print(f"{3.14159:.2f} | {255:#x} | {'centered':^12} | {1234567:,}")
