# range: arguments, attributes, membership, indexing, reversing, errors.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 20, 4)
print(r, r.start, r.stop, r.step, len(r), r[0], r[-1], r[1:3])
print(5 in r, 6 in r, r.index(9), r.count(13), list(reversed(r)))
print(range(3) == range(0, 3), range(0) == range(5, 5), repr(range(0, 5, 2)))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(10 ** 20)[-1], 10 ** 20 - 1 in range(10 ** 20))
print(list(range(-5, 5, 2)), list(range(5, -5, -2)))
for bad in ((1, 2, 0), ("a",), (1.5,)):
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3).index(7)
except ValueError as e:
    print(type(e).__name__, e)
