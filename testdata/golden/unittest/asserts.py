import unittest

class Dummy(unittest.TestCase):
    def runTest(self):
        pass

t = Dummy()


# Subclasses compare without the type-specific (difflib) messages.
class S(str):
    pass


class L(list):
    pass


checks = [
    lambda: t.assertTrue(0),
    lambda: t.assertFalse([1]),
    lambda: t.assertEqual(1, 2),
    lambda: t.assertEqual(1, 2, 'msg'),
    lambda: t.assertNotEqual(1, 1),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.1, places=3),
    lambda: t.assertAlmostEqual(1.0, 1.1, delta=0.05),
    lambda: t.assertAlmostEqual(1.0, 1.1, delta=0.05, places=2),
    lambda: t.assertNotAlmostEqual(1.0, 1.00000001),
    lambda: t.assertNotAlmostEqual(1.0, 1.01, delta=0.1),
    lambda: t.assertIs(1, None),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(0),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn('x', 'abc'),
    lambda: t.assertNotIn('a', 'abc'),
    lambda: t.assertIsInstance(1, str),
    lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertRegex('abc', 'x+'),
    lambda: t.assertNotRegex('abc', 'b'),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: t.assertCountEqual([[1], [2]], [[1], [3]]),
    lambda: t.assertSetEqual({1, 2}, {2, 3}),
    lambda: t.assertSetEqual({1}, 1),
    lambda: t.assertEqual({1, 2}, {1}),
    lambda: t.assertEqual(1, 1.5, 'x' * 3),
    lambda: t.assertEqual(S('a' * 100), S('a' * 99 + 'b')),
    lambda: t.assertEqual(L(range(40)), L(range(41))),
    lambda: t.assertDictEqual([], {}),
    lambda: t.assertMultiLineEqual(1, 'a'),
    lambda: t.assertSequenceEqual([1], (1,), seq_type=list),
    lambda: t.assertRaises(ValueError, int, '1'),
    lambda: t.assertRaises(ValueError, lambda: 1),
    lambda: t.assertRaisesRegex(ValueError, 'foo', int, 'x'),
    lambda: t.assertRaises(1),
    lambda: t.fail('boom'),
    lambda: t.fail(),
    lambda: t.skipTest('why'),
]
for i, c in enumerate(checks):
    try:
        c()
        print(i, 'passed')
    except AssertionError as e:
        print(i, 'AssertionError:', e)
    except Exception as e:
        print(i, type(e).__name__ + ':', e)

with t.assertRaises(KeyError) as cm:
    {}['x']
print(repr(cm.exception), cm.exception.__traceback__)
try:
    with t.assertRaises(KeyError, msg='custom'):
        pass
except AssertionError as e:
    print(e)
with t.assertRaisesRegex(ValueError, r'invalid literal'):
    int('z')
try:
    with t.assertRaises(KeyError):
        raise TypeError('other')
except TypeError as e:
    print('passed through', e)
t.longMessage = False
try:
    t.assertEqual(1, 2, 'only this')
except AssertionError as e:
    print(e)
t.assertEqual([1, (2, 3)], [1, (2, 3)])
t.assertEqual({'a': 1}, {'a': 1})
t.assertCountEqual('abc', 'cba')
t.assertAlmostEqual(1.0, 1.0 + 1e-9)
print(t.id(), str(t), repr(t), t.shortDescription(), t.countTestCases())
print(unittest.TestCase.maxDiff, t.failureException)
try:
    Dummy('nope')
except ValueError as e:
    print(e)
