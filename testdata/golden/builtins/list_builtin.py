# list(): construction from iterables, and errors.
print(list(), list("abc"), list((1, 2)), list({1: 2, 3: 4}), list(range(3)))
print(list({"b": 1, "a": 2}.items()), list(b"hi"), list(x * 2 for x in range(3)))
a = [1, 2]
b = list(a)
print(a == b, a is b)
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
print(list(Count(4)))
for arg in (5, None):
    try:
        list(arg)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
