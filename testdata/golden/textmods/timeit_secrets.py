# timeit (types and counts only: times vary) and secrets (lengths,
# alphabets, ranges: values are random).
import string
import timeit
import secrets

calls = []
t = timeit.Timer("calls.append(x)", "x = 7", globals={"calls": calls})
r = t.timeit(number=5)
print(type(r).__name__, r >= 0, calls)
print(len(t.repeat(repeat=3, number=2)), len(calls))
print(type(timeit.timeit("pass", number=10)).__name__, len(timeit.repeat("1+1", repeat=2, number=3)))
n = [0]


def stmt():
    n[0] += 1


def setup():
    n[0] = 100


timeit.timeit(stmt, setup, number=4)
print(n)
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
fake = iter(range(0, 1000, 5))
tm = timeit.Timer("pass", timer=lambda: next(fake) * 0.25)
print(tm.timeit(10), tm.autorange())
seen = []
tm2 = timeit.Timer("pass", timer=iter([0, 0.01, 0, 0.05, 0, 0.3] * 10).__next__)
print(tm2.autorange(lambda number, taken: seen.append((number, taken))), seen)
for bad in [lambda: timeit.Timer(5), lambda: timeit.Timer("pass", 5), lambda: timeit.Timer(5, 5)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
for bad in ["return 1", "yield 1", "x = ("]:
    try:
        timeit.Timer(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    timeit.Timer("pass", "return")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError", e)
print("inner" in timeit.Timer("a", "a = 1").src)

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
h = secrets.token_hex(8)
print(len(h), set(h) <= set(string.hexdigits.lower()), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), set(u) <= set(string.ascii_letters + string.digits + "-_"))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(100)), secrets.choice("x"), secrets.randbits(0),
      0 <= secrets.randbits(16) < 65536, secrets.compare_digest(b"ab", b"ab"), secrets.compare_digest("a", "b"))
print(secrets.DEFAULT_ENTROPY, isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.__all__)
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.token_bytes(-1),
            lambda: secrets.choice([]), lambda: secrets.compare_digest("a", b"a")]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
