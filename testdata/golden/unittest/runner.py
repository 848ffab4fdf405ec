import io
import re
import sys
import unittest


def run(*classes, verbosity=1, **kw):
    # The run's report, with its time replaced (goldens cannot match it).
    suite = unittest.TestSuite()
    for c in classes:
        suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(c))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs', stream.getvalue())
    print(text, end='')
    print('result:', result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses), result.wasSuccessful())
    print('-' * 20)
    return result


log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'classCleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')

    def test_b(self):
        log.append('test_b')
        self.fail('b fails')


run(Fixtures)
print(log)


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('no class today')

    def test_never(self):
        pass


run(BadSetUpClass)


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise ValueError('setUp broke')

    def test_x(self):
        pass

    def tearDown(self):
        print('tearDown must not run')


run(BadSetUp, verbosity=2)


class BadTearDown(unittest.TestCase):
    def test_x(self):
        pass

    def tearDown(self):
        raise ValueError('tearDown broke')


run(BadTearDown, verbosity=2)


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        pass


class Conditional(unittest.TestCase):
    @unittest.skipIf(True, 'if true')
    def test_if(self):
        pass

    @unittest.skipUnless(False, 'unless false')
    def test_unless(self):
        pass

    @unittest.skipIf(False, 'no')
    def test_runs(self):
        pass


run(Skipped, Conditional, verbosity=2)
run(Skipped, Conditional)


class Subtests(unittest.TestCase):
    def test_params(self):
        for i in range(4):
            with self.subTest(i=i, sq=i * i):
                self.assertEqual(i % 2, 0)

    def test_msg(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.assertTrue(False)
        with self.subTest():
            raise KeyError('in subtest')

    def test_all_pass(self):
        for i in range(2):
            with self.subTest(i=i):
                pass


run(Subtests)
run(Subtests, verbosity=2)


class FailFast(unittest.TestCase):
    def test_1(self):
        self.fail('first')

    def test_2(self):
        self.fail('second')


run(FailFast, failfast=True)


class Buffered(unittest.TestCase):
    def test_quiet(self):
        print('hidden output')

    def test_loud(self):
        print('shown output')
        sys.stderr.write('shown error\n')
        self.fail('loud')


run(Buffered, buffer=True)


class Chained(unittest.TestCase):
    def test_chain(self):
        try:
            {}['missing']
        except KeyError as e:
            raise ValueError('wrapped') from e

    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            self.assertEqual(1, 0)

    def helper(self):
        self.assertIsNone(1, 'from helper')

    def test_helper(self):
        self.helper()


run(Chained)


def plain():
    """A function test."""
    assert 1 == 2, 'plain fails'


ft = unittest.FunctionTestCase(plain)
print(ft, repr(ft)[:40], ft.id(), ft.shortDescription())
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestSuite([ft]))
print(re.sub(r'\d+\.\d+s', 'X.XXXs', stream.getvalue()))

s = unittest.TestSuite()
print(s.countTestCases(), list(s))
for bad in [lambda: s.addTest(1), lambda: s.addTest(Fixtures), lambda: s.addTests('abc')]:
    try:
        bad()
    except TypeError as e:
        print(e)
loader = unittest.TestLoader()
print(loader.getTestCaseNames(Subtests))
loader.testMethodPrefix = 'test_a'
print(loader.getTestCaseNames(Subtests))
print(unittest.TestLoader().loadTestsFromTestCase(Fixtures).countTestCases())
print(unittest.TestLoader().loadTestsFromNames(['Fixtures.test_a', 'Subtests'], sys.modules[__name__]).countTestCases())
r = unittest.TestResult()
print(r, r.wasSuccessful())
Fixtures('test_a').run(r)
print(r)
