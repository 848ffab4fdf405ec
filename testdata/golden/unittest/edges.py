import io, re, sys, unittest

def run(*classes, verbosity=2, **kw):
    suite = unittest.TestSuite()
    for c in classes:
        suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(c))
    stream = io.StringIO()
    r = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r'\d+\.\d+s', 'X.XXXs', stream.getvalue())
    # an error raised inside unittest itself shows unittest's frames,
    # which differ (python3's file or minipy's frozen module): cut
    text = re.sub(r'  File "(?:[^"\n]*/lib/python3\.\d+/unittest/|<frozen unittest)[^\n]*\n(?:    [^\n]*\n)*', '', text)
    print(text, end='')
    print('==', r)

class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest('from setUp')
    def test_x(self):
        print('never')

class CleanupErrors(unittest.TestCase):
    def test_x(self):
        self.addCleanup(print, 'cleanup 1')
        self.addCleanup(self.fail, 'cleanup fails')
        self.addCleanup(lambda: 1 / 0)

class XFailSub(unittest.TestCase):
    @unittest.expectedFailure
    def test_sub(self):
        with self.subTest(k=1):
            self.assertEqual(1, 2)
        print('not reached')

class ClassCleanupErr(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(lambda: 1 / 0)
    def test_x(self):
        pass

class Doc(unittest.TestCase):
    def test_doc(self):
        """First line.

        Second."""
        pass
    def test_nodoc(self):
        self.assertRaises(TypeError, len, 1)
        with self.assertRaisesRegex(ValueError, 'inv.lid') as cm:
            int('x')
        print(type(cm.exception).__name__, cm.expected.__name__ if hasattr(cm, 'expected') else '')

class RaisesFail(unittest.TestCase):
    def test_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, 'nomatch'):
            int('x')
    def test_not_raised_callable(self):
        self.assertRaises(ValueError, int, '3')
    def test_bad_kw(self):
        with self.assertRaises(ValueError, foo=1):
            pass
    def test_not_exception(self):
        self.assertRaises(int)

class SkipClassAll(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('skip the class in setUpClass')
    def test_a(self):
        pass

run(SkipInSetUp, CleanupErrors, XFailSub, ClassCleanupErr, Doc, RaisesFail, SkipClassAll)
run(Doc, verbosity=2, descriptions=False)
run(Doc, verbosity=0)
t1, t2 = Doc('test_doc'), Doc('test_doc')
print(t1 == t2, hash(t1) == hash(t2), t1 != Doc('test_nodoc'))
s = unittest.TestSuite([unittest.TestSuite([t1]), t2])
print(s.countTestCases(), repr(unittest.TestSuite()))
print(unittest.TestResult())
