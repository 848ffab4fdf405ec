# map and filter: one and several iterables, None predicate, laziness.
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [5, 2])), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "x", None, [2]])), list(filter(lambda v: v % 2, range(8))))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
seen = []
def track(x):
    seen.append(x)
    return x * 10
m = map(track, [1, 2, 3])
print(seen, next(m), seen, list(m), seen)
print(type(m).__name__, type(filter(None, [])).__name__)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
