# Generator expressions: laziness, single use, scoping, as call arguments.
calls = []
def f(x):
    calls.append(x)
    return x * x
g = (f(x) for x in range(4))
print(calls)
print(next(g), calls)
print(list(g), calls)
print(list(g))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in "a bb ccc".split()))
print(sorted((y for y in [3, 1, 2]), reverse=True), "".join(c.upper() for c in "abc"))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
try:
    (1 / x for x in [0])
    print("creating it does not evaluate the element")
    list(1 / x for x in [0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print("the first iterable is evaluated at once:", type(e).__name__, e)
print(type(x for x in []).__name__, any(x > 2 for x in [1, 5]))
