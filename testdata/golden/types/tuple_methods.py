# tuple methods, packing and unpacking, comparisons and nesting.
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), t.index(2, 2), len(t), t[::-1], t + (4,), t * 2)
single = 1,
empty = ()
print(single, empty, type(single).__name__, (1) == 1, (1,) == 1)
a, b, *c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, "a") == (1, "a"))
print(tuple(sorted((3, 1, 2))), max((1, 9), (2, 0)), sum((1, 2, 3)))
lst_in = ([],)
lst_in[0].append("mutated inside")
print(lst_in)
try:
    lst_in[0] += ["x"]
except TypeError as e:
    print(type(e).__name__, e, lst_in)
try:
    t.count()
except TypeError as e:
    print(type(e).__name__, e)
