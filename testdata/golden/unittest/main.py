# unittest.main() with argv, its output to a stream whose run time is
# replaced, and its exit status.
import io
import re
import sys
import unittest


class A(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual((1, 2), (1, 2))


class B(unittest.TestCase):
    def test_three(self):
        self.assertTrue(True)


class C(unittest.TestCase):
    def test_fails(self):
        """C's failing test."""
        self.assertGreater(1, 2)

    @unittest.expectedFailure
    def test_expected(self):
        raise ValueError

    @unittest.expectedFailure
    def test_unexpected(self):
        pass


def main(*args, **kw):
    print('== main', args, kw)
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kw.pop('verbosity', 1))
    try:
        prog = unittest.main(argv=['prog'] + list(args), testRunner=runner, **kw)
    except SystemExit as e:
        code = e.code
    else:
        code = 'no exit: %s' % prog.result
    out = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs', stream.getvalue())
    print(out, end='')
    print('exit status:', code)


main('A', 'B')
main('A.test_two', 'B', verbosity=2)
main('C')
main('C', verbosity=2)
main('A', exit=False)
main('Nope')
main('A.nope')
main('C.test_fails', 'A')

# -v and -k given to a runner class, as the command line does
stream = io.StringIO()


class Runner(unittest.TextTestRunner):
    def __init__(self, **kw):
        print('runner options', sorted(kw.items()))
        super().__init__(stream=stream, **kw)


try:
    unittest.main(argv=['prog', '-v', '-k', 'two', '-k', 'th*'], testRunner=Runner)
except SystemExit as e:
    print(re.sub(r'\d+\.\d+s', 'X.XXXs', stream.getvalue()), end='')
    print('exit status:', e.code)

try:
    unittest.main(argv=['prog', '--bogus'])
except SystemExit as e:
    print('exit status:', e.code)
