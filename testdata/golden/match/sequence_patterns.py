# Sequence patterns: fixed length, star, nested, and which types count as
# sequences (not str, bytes, bytearray, dict, set, iterators).


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a!r}"
        case [a, b]:
            return f"two {a!r} {b!r}"
        case [first, *rest] if len(rest) > 3:
            return f"long {first!r} rest={rest!r}"
        case [first, *middle, last]:
            return f"star {first!r} {middle!r} {last!r}"
        case _:
            return "not a sequence"


for v in [[], (), [1], (1,), [1, 2], (1, 2, 3), [1, 2, 3, 4, 5], range(3), range(10),
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, iter([1, 2]), 5, memoryview(b"abc")]:
    print(type(v).__name__, seq(v))


def tails(x):
    match x:
        case [*_, 0]:
            return "ends with 0"
        case [1, *_]:
            return "starts with 1"
        case [*_, 8, 9]:
            return "ends 8 9"
        case [*_]:
            return "any sequence"
        case _:
            return "no"


for v in [[0], [5, 0], [1, 2], [7, 8, 9], [8], "x", [], (3, 4)]:
    print(v, tails(v))

# star captures are lists, even for tuples and ranges
match (1, 2, 3):
    case (a, *b):
        print(a, b, type(b).__name__)
match range(5):
    case [a, *b, c]:
        print(a, b, c)

# nested sequences
def nested(x):
    match x:
        case [[a, b], [c, *d]]:
            return (a, b, c, d)
        case [(x, y), *_] if x == y:
            return ("pair-equal", x)
        case _:
            return None


print(nested([[1, 2], [3, 4, 5]]))
print(nested([(1, 1), 2]))
print(nested([(1, 2), 2]))
print(nested([[1, 2, 3], [3]]))


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyStr(str):
    pass


match MyList([1, 2]):
    case [a, b]:
        print("MyList", a, b)
match MyTuple((1,)):
    case [a]:
        print("MyTuple", a)
match MyStr("xy"):
    case [a, b]:
        print("MyStr matched?!")
    case _:
        print("MyStr is not a sequence")


# a class that only behaves like a sequence is not one without the flag
class Fake:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


match Fake():
    case [a, b]:
        print("Fake matched")
    case _:
        print("Fake is not a sequence")

# __len__ and __getitem__ of a list subclass are used
class Loud(list):
    def __len__(self):
        print("len called")
        return super().__len__()

    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)


match Loud([1, 2, 3, 4]):
    case [1, *_, x]:
        print("loud", x)
