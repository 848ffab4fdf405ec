# Sequence, set and closeness failures. The difflib part of a message is
# cut off (python3 adds it; minipy does when difflib exists).
import re
import unittest


def nodiff(text):
    return re.split(r'\n(?:- |\+ |  )', text)[0].rstrip('\n').replace('\n', '|')


class T(unittest.TestCase):
    def runTest(self): pass
t = T()
class NoLen:
    pass
class BadIdx(list):
    def __getitem__(self, i):
        if i == 1: raise IndexError
        return list.__getitem__(self, i)
for a, b, kw in [([1,2,3],[1,2],{}), ([1],[1,2,3],{}), ((1,2),[1,2],{}), (NoLen(), [1], {}), ([1], NoLen(), {}),
              (BadIdx([1,2]), [1,3], {}), ([1,3], BadIdx([1,2,5]), {}), ('abc', 'abd', {}), ([1],[1],{'seq_type': tuple}),
              ((1,), [1], {'seq_type': tuple}), ([1,2], [1,2,3], {'seq_type': list}), (BadIdx([1,2]), [1], {})]:
    try:
        t.assertSequenceEqual(a, b, **kw)
        print('equal')
    except AssertionError as e:
        print(nodiff(str(e)))
for a, b in [({1, 2}, {2, 3}), ({1}, 1), (1, {1}), ({1}, {'a'}), (frozenset(), set())]:
    try:
        t.assertSetEqual(a, b)
        print('equal')
    except AssertionError as e:
        print(repr(str(e)))
for a, b, kw in [(1.0, 1.0001, {}), (1.0, 1.0001, {'places': 3}), (1, 5, {'delta': 2}), (1, 2, {'delta': 2}), (float('inf'), float('inf'), {})]:
    for m in [t.assertAlmostEqual, t.assertNotAlmostEqual]:
        try:
            m(a, b, **kw); print('ok')
        except AssertionError as e:
            print(e)
