# len of every sized type, of objects with __len__, and its errors.
print(len(""), len("abc"), len("日本"), len(b"ab"), len(bytearray(3)))
print(len([]), len([1, 2]), len(()), len((1,)), len({}), len({1: 2}))
print(len(set()), len({1, 2, 2}), len(frozenset("aab")), len(range(10)), len(range(0, 10, 3)))
print(len(memoryview(b"abcd")), len(range(10, 0, -2)), len({}.keys()), len({1: 2}.items()))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
class Negative:
    def __len__(self):
        return -1
class NotInt:
    def __len__(self):
        return "3"
for obj in (5, None, iter([]), Negative(), NotInt()):
    try:
        print(len(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
