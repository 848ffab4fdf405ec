# Assignment to every target shape: names, tuples, lists, nested, starred,
# attributes, subscripts, slices, and chained assignment.
class Box:
    pass

a = 1
b, c = 2, 3
[d, e] = [4, 5]
(f, (g, h)) = (6, (7, 8))
print(a, b, c, d, e, f, g, h)

first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, *mid, y = range(6)
print(first, rest, init, last, x, mid, y)

(p, *q), r = [10, 20, 30], 40
print(p, q, r)

box = Box()
box.v, box.w = "v", "w"
print(box.v, box.w)

lst = [0] * 5
lst[0], lst[-1] = "head", "tail"
print(lst)
lst[1:3] = ["x", "y", "z"]
print(lst)
lst[::2] = [1, 2, 3]
print(lst)

d = {}
d["k"], d[1, 2] = "val", "tuple-key"
print(d)

i = j = k = []
i.append(1)
print(j, k, i is k)

# Assignment order: targets left to right after the value is computed.
n = [0, 0, 0]
idx = 0
idx, n[idx] = 2, "set"
print(idx, n)

for a, (b, *c) in [(1, (2, 3, 4)), (5, (6,))]:
    print(a, b, c)

try:
    u, v = [1, 2, 3]
except ValueError as exc:
    print(type(exc).__name__, exc)
try:
    u, v, w = [1, 2]
except ValueError as exc:
    print(type(exc).__name__, exc)
try:
    u, *v, w = [1]
except ValueError as exc:
    print(type(exc).__name__, exc)
try:
    u, v = 5
except TypeError as exc:
    print(type(exc).__name__, exc)
