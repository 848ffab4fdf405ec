# iter(callable, sentinel) and next() default with various iterators.
import io
buf = io.StringIO("alpha\nbeta\n\ngamma\n")
for line in iter(buf.readline, ""):
    print(repr(line))
counter = iter(range(100))
print(list(iter(lambda: next(counter), 5)))
data = [3, 2, 1, 0, 9]
it = iter(data)
print(list(iter(it.__next__, 0)), next(it, "end"))
gen = (c for c in "ab")
print(next(gen), next(gen), next(gen, None))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
