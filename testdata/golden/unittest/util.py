# Long reprs in failure messages are shortened around what differs.
import unittest
from unittest import util


class S(str):
    pass


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
for a, b in [('a' * 100, 'a' * 99 + 'b'), ('x' * 30 + 'y' * 90, 'x' * 30 + 'z' * 90),
             ('q' * 200, 'q' * 10), ('short', 'shirt'), ('p' * 60 + 'A' * 30, 'p' * 60 + 'B' * 5),
             ('k' * 79, 'k' * 78 + 'j')]:
    try:
        t.assertEqual(S(a), S(b))
    except AssertionError as e:
        print(e)
    try:
        t.assertEqual([S(a)], [S(b)] * 2)
    except AssertionError as e:
        print(str(e).split('\n\n')[0])
for e, a in [([1, 2, 3, 3, 5], [2, 3, 4, 4]), ([], [1]), ([1, 1], [1]), ([1, 2], [1, 2])]:
    print(util.sorted_list_difference(e, a))
print(util.unorderable_list_difference([1, [2], 3], [[2], 4]))
print(util.safe_repr('x' * 100, True), util.safe_repr('x', True), util.strclass(unittest.TestCase))
print(util.three_way_cmp(1, 2), util.three_way_cmp(2, 2), util.three_way_cmp(3, 2))
