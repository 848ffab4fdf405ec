# Slicing with positive/negative bounds and steps, on lists, strings,
# tuples, ranges, bytes, and slice objects.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3])
print(s[::-1], s[8:2:-2], s[-1:-5:-1], s[5:2], s[100:], s[-100:2])
lst = list(range(10))
print(lst[::-3], lst[2:-2:2], lst[::-1][:3])
t = tuple(range(6))
print(t[1:4], t[::-2])
r = range(0, 20, 3)
print(r[1:4], list(r[::-1]), r[-1], r[2])
print(b"abcdef"[::2], bytearray(b"xyz")[::-1])
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, s[sl], sl.indices(5))
print(s[slice(3)], s[slice(None, None, -1)])
lst[2:5] = []
print(lst)
lst[:0] = ["front"]
print(lst)
lst[len(lst):] = ["back"]
print(lst)
lst[::3] = ["X"] * len(lst[::3])
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)
class Sliced:
    def __getitem__(self, k):
        return k
x = Sliced()
print(x[1:2], x[::], x[1:2, 3], x[..., 1], x[:, ::-1])
