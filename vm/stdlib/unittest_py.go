package stdlib

// unittest in Python, written for minipy: a package of frozen modules
// named as CPython's (unittest.case, unittest.runner, ...). Every module
// sets __unittest, by which a failure's traceback loses unittest's own
// frames, so reports print as python3's.

// unittestModules are the modules of the unittest package.
var unittestModules = []struct{ name, src string }{
	{"unittest", unittestInitSource},
	{"unittest.util", unittestUtilSource},
	{"unittest.case", unittestCaseSource},
	{"unittest.result", unittestResultSource},
	{"unittest.suite", unittestSuiteSource},
	{"unittest.loader", unittestLoaderSource},
	{"unittest.runner", unittestRunnerSource},
	{"unittest.main", unittestMainSource},
	{"unittest.signals", unittestSignalsSource},
	{"unittest.async_case", unittestAsyncCaseSource},
	{"unittest.__main__", unittestMainModuleSource},
}

// unittestInitSource is the module unittest.
const unittestInitSource = `"""unittest, written for minipy: TestCase with its assertions, suites,
the loader, the text runner and main() (python3's output formats)."""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__all__.extend(['getTestCaseNames', 'makeSuite', 'findTestCases'])

__unittest = True

from unittest.result import TestResult
from unittest.case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                           skipIf, skipUnless, expectedFailure, doModuleCleanups,
                           enterModuleContext)
from unittest.suite import BaseTestSuite, TestSuite
from unittest.loader import TestLoader, defaultTestLoader
from unittest.loader import makeSuite, getTestCaseNames, findTestCases
from unittest.main import TestProgram, main
from unittest.runner import TextTestRunner, TextTestResult
from unittest.signals import installHandler, registerResult, removeResult, removeHandler

_TextTestResult = TextTestResult


def __dir__():
    return globals().keys() | {'IsolatedAsyncioTestCase'}


def __getattr__(name):
    # asyncio is imported only by programs that use its test case.
    if name == 'IsolatedAsyncioTestCase':
        global IsolatedAsyncioTestCase
        from unittest.async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
`

// unittestUtilSource is the module unittest.util.
const unittestUtilSource = `"""Helpers of unittest: short reprs, class names, element counts."""

from collections import namedtuple, Counter
from os.path import commonprefix

__unittest = True

# A repr longer than _LIMIT is elided in failure messages: the text
# shared by both sides keeps _KEEP_HEAD characters at its start and
# _KEEP_COMMON at its end, what differs keeps _KEEP_DIFF and _KEEP_TAIL,
# and "[N chars]" (about _ELIDED_LEN long, twice) stands for the rest.
_LIMIT = 80
_ELIDED_LEN = 12
_KEEP_HEAD = 5
_KEEP_TAIL = 5
_KEEP_COMMON = 5
_KEEP_DIFF = _LIMIT - (_KEEP_HEAD + _KEEP_COMMON + _KEEP_TAIL + 2 * _ELIDED_LEN)


def _elide(text, head, tail):
    dropped = len(text) - head - tail
    if dropped <= _ELIDED_LEN:
        return text
    return f'{text[:head]}[{dropped} chars]{text[len(text) - tail:]}'


def _short_pair(*objs):
    reprs = [safe_repr(o) for o in objs]
    widest = max(len(r) for r in reprs)
    if widest <= _LIMIT:
        return tuple(reprs)
    shared = commonprefix(reprs)
    cut = len(shared)
    room = _LIMIT - (widest - cut + _KEEP_HEAD + _ELIDED_LEN)
    if room > _KEEP_COMMON:
        # Eliding the shared prefix is enough.
        shared = _elide(shared, _KEEP_HEAD, room)
        return tuple(shared + r[cut:] for r in reprs)
    shared = _elide(shared, _KEEP_HEAD, _KEEP_COMMON)
    return tuple(shared + _elide(r[cut:], _KEEP_DIFF, _KEEP_TAIL) for r in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _LIMIT:
        return text[:_LIMIT] + ' [truncated]...'
    return text


def strclass(cls):
    return f'{cls.__module__}.{cls.__qualname__}'


def sorted_list_difference(expected, actual):
    """(missing, unexpected): the items of sorted expected not in sorted
    actual and the reverse, each listed once."""
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            while i < len(expected) and expected[i] == e:
                i += 1
        elif a < e:
            unexpected.append(a)
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            while i < len(expected) and expected[i] == e:
                i += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference, for unsortable items (quadratic); it
    empties expected and leaves the unexpected items in actual."""
    missing = []
    while expected:
        item = expected.pop()
        if item in actual:
            actual.remove(item)
        else:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_mismatches_slow(actual, expected):
    # Element counts for unhashable elements, by equality: each element
    # counted once, at its first occurrence.
    a, b = list(actual), list(expected)
    done = object()
    out = []
    for i, elem in enumerate(a):
        if elem is done:
            continue
        n_a = 0
        for k in range(i, len(a)):
            if a[k] == elem:
                a[k] = done
                n_a += 1
        n_b = 0
        for k, other in enumerate(b):
            if other == elem:
                b[k] = done
                n_b += 1
        if n_a != n_b:
            out.append(_Mismatch(n_a, n_b, elem))
    for i, elem in enumerate(b):
        if elem is done:
            continue
        n_b = 0
        for k in range(i, len(b)):
            if b[k] == elem:
                b[k] = done
                n_b += 1
        out.append(_Mismatch(0, n_b, elem))
    return out


def _count_mismatches(actual, expected):
    ca, cb = Counter(actual), Counter(expected)
    out = [_Mismatch(n, cb.get(elem, 0), elem) for elem, n in ca.items() if n != cb.get(elem, 0)]
    out.extend(_Mismatch(0, n, elem) for elem, n in cb.items() if elem not in ca)
    return out
`

// unittestCaseSource is the module unittest.case.
const unittestCaseSource = `"""TestCase: one test method run with its fixtures, and the assertions."""

import collections
import contextlib
import functools
import pprint
import re
import sys
import traceback
import types

from unittest import result
from unittest.util import (safe_repr, strclass, _count_mismatches_slow,
                           _count_mismatches, _short_pair)

__unittest = True

_NO_MESSAGE = object()

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


class SkipTest(Exception):
    """Raise this to skip a test (TestCase.skipTest does)."""


class _StopRun(Exception):
    """Stop the run (failfast)."""


class _XPass(Exception):
    """The test was expected to fail but did not."""


def _ndiff(a, b):
    # The difflib part of failure messages, when difflib exists.
    try:
        import difflib
    except ImportError:
        return None
    return difflib.ndiff(a, b)


class _Parts(object):
    """What happened to the parts of one test (setUp, the test, tearDown,
    cleanups, subtests); testPartExecutor records a part's exception."""

    def __init__(self, result=None):
        self.xfail_expected = False
        self.result = result
        self.has_subtests = hasattr(result, 'addSubTest')
        self.ok = True
        self.xfail_info = None

    @contextlib.contextmanager
    def part(self, test_case, subTest=False):
        prior_ok = self.ok
        self.ok = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.ok = False
            _record_skip(self.result, test_case, str(e))
        except _StopRun:
            pass
        except:
            info = sys.exc_info()
            if self.xfail_expected:
                self.xfail_info = info
            else:
                self.ok = False
                if subTest:
                    self.result.addSubTest(test_case.test_case, test_case, info)
                else:
                    _record_error(self.result, test_case, info)
            info = None
        else:
            if subTest and self.ok:
                self.result.addSubTest(test_case.test_case, test_case, None)
        finally:
            self.ok = self.ok and prior_ok


def _record_skip(result, test_case, reason):
    addSkip = getattr(result, 'addSkip', None)
    if addSkip is not None:
        addSkip(test_case, reason)
    else:
        result.addSuccess(test_case)


def _record_error(result, test, info):
    if result is not None and info is not None:
        if issubclass(info[0], test.failureException):
            result.addFailure(test, info)
        else:
            result.addError(test, info)


def _id(obj):
    return obj


def _enter_and_clean(cm, addcleanup):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = enter(cm)
    addcleanup(exit, cm, None, None, None)
    return value


_module_cleanup_stack = []


def addModuleCleanup(fn, /, *args, **kwargs):
    _module_cleanup_stack.append((fn, args, kwargs))


def enterModuleContext(cm):
    return _enter_and_clean(cm, addModuleCleanup)


def doModuleCleanups():
    errors = []
    while _module_cleanup_stack:
        fn, args, kwargs = _module_cleanup_stack.pop()
        try:
            fn(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        # Only the first is raised, as CPython.
        raise errors[0]


def skip(reason):
    """Skip the decorated test or class."""
    def decorator(target):
        if not isinstance(target, type):
            @functools.wraps(target)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            target = skip_wrapper
        target.__unittest_skip__ = True
        target.__unittest_skip_why__ = reason
        return target
    if isinstance(reason, types.FunctionType):
        target = reason
        reason = ''
        return decorator(target)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(target):
    target.__unittest_expecting_failure__ = True
    return target


def _all_subclasses(expected, basetype):
    if isinstance(expected, tuple):
        return all(_all_subclasses(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


class _ExpectBase(object):

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.callee = None
        self.msg = None

    def _flunk(self, what):
        msg = self.test_case._formatMessage(self.msg, what)
        raise self.test_case.failureException(msg)

    def handle(self, name, args, kwargs):
        # assertRaises(exc) gives a context manager; assertRaises(exc,
        # fn, *args) calls fn in one.
        try:
            if not _all_subclasses(self.expected, self._base_type):
                raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
            if not args:
                self.msg = kwargs.pop('msg', None)
                if kwargs:
                    raise TypeError('%r is an invalid keyword argument for '
                                    'this function' % (next(iter(kwargs)),))
                return self
            fn_obj, *args = args
            try:
                self.callee = fn_obj.__name__
            except AttributeError:
                self.callee = str(fn_obj)
            with self:
                fn_obj(*args, **kwargs)
        finally:
            self = None


class _ExpectRaise(_ExpectBase):
    """The context manager of assertRaises and assertRaisesRegex."""

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                ename = self.expected.__name__
            except AttributeError:
                ename = str(self.expected)
            if self.callee:
                self._flunk('{} not raised by {}'.format(ename, self.callee))
            else:
                self._flunk('{} not raised'.format(ename))
        else:
            traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            # Not ours: let it through.
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        pattern = self.expected_regex
        if not pattern.search(str(exc_value)):
            self._flunk('"{}" does not match "{}"'.format(pattern.pattern, str(exc_value)))
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _ExpectWarn(_ExpectBase):
    """The context manager of assertWarns and assertWarnsRegex."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        import warnings
        for v in list(sys.modules.values()):
            if getattr(v, '__warningregistry__', None):
                v.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return
        try:
            ename = self.expected.__name__
        except AttributeError:
            ename = str(self.expected)
        first_hit = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_hit is None:
                first_hit = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return
        if first_hit is not None:
            self._flunk('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(first_hit)))
        if self.callee:
            self._flunk('{} not triggered by {}'.format(ename, self.callee))
        else:
            self._flunk('{} not triggered'.format(ename))


class _ParamChain(collections.ChainMap):
    def __iter__(self):
        seen = set()
        for mapping in self.maps:
            for k in mapping:
                if k not in seen:
                    seen.add(k)
                    yield k


_TYPED_EQUALITY = {
    dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
    set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual',
}

# What indexing a sequence may raise when it is not quite a sequence.
_INDEX_ERRORS = (TypeError, IndexError, NotImplementedError)


class TestCase(object):
    """A test case: each test_* method is run in its own instance, with
    setUp before and tearDown after it."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_setup_failed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        method = getattr(self, methodName, None)
        if method is None and not hasattr(self, methodName):
            # A missing runTest is allowed: such an instance is used for
            # its assertions only.
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s' %
                                 (self.__class__, methodName))
            self._testMethodDoc = 'No test'
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        # assertEqual's comparison for operands of exactly these types
        # (by method name, so that an instance does not refer to itself).
        self._type_equality_funcs = dict(_TYPED_EQUALITY)

    def addTypeEqualityFunc(self, typeobj, fn):
        self._type_equality_funcs[typeobj] = fn

    def addCleanup(self, fn, /, *args, **kwargs):
        self._cleanups.append((fn, args, kwargs))

    def enterContext(self, cm):
        return _enter_and_clean(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, fn, /, *args, **kwargs):
        cls._class_cleanups.append((fn, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_and_clean(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return result.TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split('\n')[0].strip() if doc else None

    def id(self):
        return f'{strclass(self.__class__)}.{self._testMethodName}'

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return f'{self._testMethodName} ({strclass(self.__class__)}.{self._testMethodName})'

    def __repr__(self):
        return f'<{strclass(self.__class__)} testMethod={self._testMethodName}>'

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """A part of the test whose failure is reported on its own,
        described by msg and params; the test goes on after it."""
        if self._outcome is None or not self._outcome.has_subtests:
            yield
            return
        parent = self._subtest
        if parent is None:
            chain = _ParamChain(params)
        else:
            chain = parent.params.new_child(params)
        self._subtest = _SubTest(self, msg, chain)
        try:
            with self._outcome.part(self._subtest, subTest=True):
                yield
            if not self._outcome.ok:
                result = self._outcome.result
                if result is not None and result.failfast:
                    raise _StopRun
            elif self._outcome.xfail_info:
                # An expected failure ends the test.
                raise _StopRun
        finally:
            self._subtest = parent

    def _addExpectedFailure(self, result, info):
        try:
            addExpectedFailure = result.addExpectedFailure
        except AttributeError:
            result.addSuccess(self)
        else:
            addExpectedFailure(self, info)

    def _addUnexpectedSuccess(self, result):
        try:
            addUnexpectedSuccess = result.addUnexpectedSuccess
        except AttributeError:
            try:
                raise _XPass from None
            except _XPass:
                result.addFailure(self, sys.exc_info())
        else:
            addUnexpectedSuccess(self)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, fn, /, *args, **kwargs):
        fn(*args, **kwargs)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            startTestRun = getattr(result, 'startTestRun', None)
            stopTestRun = getattr(result, 'stopTestRun', None)
            if startTestRun is not None:
                startTestRun()
        else:
            stopTestRun = None
        result.startTest(self)
        try:
            testMethod = getattr(self, self._testMethodName)
            if (getattr(self.__class__, '__unittest_skip__', False) or
                    getattr(testMethod, '__unittest_skip__', False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '') or
                       getattr(testMethod, '__unittest_skip_why__', ''))
                _record_skip(result, self, why)
                return result
            xfail_expected = (
                getattr(self, '__unittest_expecting_failure__', False) or
                getattr(testMethod, '__unittest_expecting_failure__', False))
            outcome = _Parts(result)
            try:
                self._outcome = outcome
                with outcome.part(self):
                    self._callSetUp()
                if outcome.ok:
                    outcome.xfail_expected = xfail_expected
                    with outcome.part(self):
                        self._callTestMethod(testMethod)
                    outcome.xfail_expected = False
                    with outcome.part(self):
                        self._callTearDown()
                self.doCleanups()
                if outcome.ok:
                    if xfail_expected:
                        if outcome.xfail_info:
                            self._addExpectedFailure(result, outcome.xfail_info)
                        else:
                            self._addUnexpectedSuccess(result)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                # Break the cycles through the exception's frames.
                outcome.xfail_info = None
                outcome = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stopTestRun is not None:
                stopTestRun()

    def doCleanups(self):
        outcome = self._outcome or _Parts()
        while self._cleanups:
            fn, args, kwargs = self._cleanups.pop()
            with outcome.part(self):
                self._callCleanup(fn, *args, **kwargs)
        return outcome.ok

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            fn, args, kwargs = cls._class_cleanups.pop()
            try:
                fn(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without a result: exceptions propagate."""
        testMethod = getattr(self, self._testMethodName)
        if (getattr(self.__class__, '__unittest_skip__', False) or
                getattr(testMethod, '__unittest_skip__', False)):
            why = (getattr(self.__class__, '__unittest_skip_why__', '') or
                   getattr(testMethod, '__unittest_skip_why__', ''))
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(testMethod)
        self._callTearDown()
        while self._cleanups:
            fn, args, kwargs = self._cleanups.pop()
            self._callCleanup(fn, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, what):
        if not self.longMessage:
            return msg or what
        if msg is None:
            return what
        try:
            return '%s : %s' % (what, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(what), safe_repr(msg))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, '%s is not false' % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, '%s is not true' % safe_repr(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _ExpectRaise(expected_exception, self)
        try:
            return context.handle('assertRaises', args, kwargs)
        finally:
            context = None

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _ExpectWarn(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        from unittest._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        from unittest._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _equality_checker(self, first, second):
        # A type's own comparison (lists, dicts, str, ...) only when both
        # are exactly that type.
        if type(first) == type(second):
            checker = self._type_equality_funcs.get(type(first))
            if checker is not None:
                if isinstance(checker, str):
                    checker = getattr(self, checker)
                return checker
        return self._plain_equal

    def _plain_equal(self, first, second, msg=None):
        if not first == second:
            what = '%s != %s' % _short_pair(first, second)
            raise self.failureException(self._formatMessage(msg, what))

    def assertEqual(self, first, second, msg=None):
        assertion_func = self._equality_checker(first, second)
        assertion_func(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            msg = self._formatMessage(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))
            raise self.failureException(msg)

    def _closeness(self, first, second, places, delta, equal_word):
        # (close?, the message's text when the check fails).
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            return gap <= delta, '%s %s %s within %s delta (%s difference)' % (
                safe_repr(first), equal_word, safe_repr(second), safe_repr(delta), safe_repr(gap))
        places = 7 if places is None else places
        text = '%s %s %s within %r places' % (safe_repr(first), equal_word, safe_repr(second), places)
        return round(gap, places) == 0, text, gap

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return  # also infinities
        close, text, *gap = self._closeness(first, second, places, delta, '!=')
        if not close:
            if gap:
                text += ' (%s difference)' % safe_repr(gap[0])
            raise self.failureException(self._formatMessage(msg, text))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        close, text, *_ = self._closeness(first, second, places, delta, '==')
        if first == second or close:
            raise self.failureException(self._formatMessage(msg, text))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is None:
            kind = 'sequence'
        else:
            kind = seq_type.__name__
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s' % (which, kind, safe_repr(seq)))
        report = self._sequence_report(seq1, seq2, kind, seq_type)
        if report is None:
            return
        lines = _ndiff(pprint.pformat(seq1).splitlines(), pprint.pformat(seq2).splitlines())
        if lines is not None:
            report = self._clip(report, '\n' + '\n'.join(lines))
        self.fail(self._formatMessage(msg, report))

    def _sequence_report(self, seq1, seq2, kind, seq_type):
        # What differs between the sequences, or None when they are
        # equal (or hold equal items in different sequence types).
        sizes = []
        for which, seq in (('First', seq1), ('Second', seq2)):
            try:
                sizes.append(len(seq))
            except (TypeError, NotImplementedError):
                return '%s %s has no length.    Non-sequence?' % (which, kind)
        n1, n2 = sizes
        if seq1 == seq2:
            return None
        report = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _short_pair(seq1, seq2))
        for i in range(min(n1, n2)):
            pair = []
            for which, seq in (('first', seq1), ('second', seq2)):
                try:
                    pair.append(seq[i])
                except _INDEX_ERRORS:
                    report += '\nUnable to index element %d of %s %s\n' % (i, which, kind)
                    break
            if len(pair) < 2:
                break
            if pair[0] != pair[1]:
                report += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _short_pair(*pair))
                break
        else:
            if n1 == n2 and seq_type is None and type(seq1) != type(seq2):
                return None
        if n1 != n2:
            longer, which = (seq1, 'first') if n1 > n2 else (seq2, 'second')
            short_n = min(n1, n2)
            report += '\n%s %s contains %d additional elements.\n' % (which.capitalize(), kind, abs(n1 - n2))
            try:
                report += 'First extra element %d:\n%s\n' % (short_n, safe_repr(longer[short_n]))
            except _INDEX_ERRORS:
                report += 'Unable to index element %d of %s %s\n' % (short_n, which, kind)
        return report

    def _clip(self, message, diff):
        # The diff goes in whole unless it is longer than maxDiff.
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + DIFF_OMITTED % len(diff)
        return message + diff

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        only = []
        for which, a, b in (('first', set1, set2), ('second', set2, set1)):
            try:
                only.append(a.difference(b))
            except TypeError as e:
                self.fail('invalid type when attempting set difference: %s' % e)
            except AttributeError as e:
                self.fail('%s argument does not support set difference: %s' % (which, e))
        if not (only[0] or only[1]):
            return
        lines = []
        for header, items in (('Items in the first set but not the second:', only[0]),
                              ('Items in the second set but not the first:', only[1])):
            if items:
                lines.append(header)
                lines.extend(repr(x) for x in items)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            what = '%s not found in %s' % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, what))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            what = '%s unexpectedly found in %s' % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, what))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            what = '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))
            self.fail(self._formatMessage(msg, what))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            what = '%s != %s' % _short_pair(d1, d2)
            lines = _ndiff(pprint.pformat(d1).splitlines(), pprint.pformat(d2).splitlines())
            if lines is not None:
                what = self._clip(what, '\n' + '\n'.join(lines))
            self.fail(self._formatMessage(msg, what))

    def assertCountEqual(self, first, second, msg=None):
        """The same elements, the same number of times, in any order."""
        a_items, b_items = list(first), list(second)
        try:
            first = collections.Counter(a_items)
            second = collections.Counter(b_items)
        except TypeError:
            mismatches = _count_mismatches_slow(a_items, b_items)
        else:
            if first == second:
                return
            mismatches = _count_mismatches(a_items, b_items)
        if mismatches:
            what = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % diff for diff in mismatches]
            what = self._clip(what, '\n'.join(lines))
            self.fail(self._formatMessage(msg, what))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first != second:
            if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
                self._plain_equal(first, second, msg)
            first_lines = first.splitlines(keepends=True)
            second_lines = second.splitlines(keepends=True)
            if len(first_lines) == 1 and first.strip('\r\n') == first:
                first_lines = [first + '\n']
                second_lines = [second + '\n']
            what = '%s != %s' % _short_pair(first, second)
            lines = _ndiff(first_lines, second_lines)
            if lines is not None:
                what = self._clip(what, '\n' + ''.join(lines))
            self.fail(self._formatMessage(msg, what))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _ExpectRaise(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _ExpectWarn(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, 'expected_regex must not be empty.'
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            what = "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)
            raise self.failureException(self._formatMessage(msg, what))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            what = 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text)
            raise self.failureException(self._formatMessage(msg, what))



def _old_name(current):
    # The old names of assertions warn (deprecated since 3.2, gone in 3.12).
    def alias(*args, **kwargs):
        try:
            import warnings
        except ImportError:
            pass
        else:
            warnings.warn(f'Please use {current.__name__} instead.', DeprecationWarning, 2)
        return current(*args, **kwargs)
    return alias


for _names, _current in (
        (('failUnlessEqual', 'assertEquals'), 'assertEqual'),
        (('failIfEqual', 'assertNotEquals'), 'assertNotEqual'),
        (('failUnlessAlmostEqual', 'assertAlmostEquals'), 'assertAlmostEqual'),
        (('failIfAlmostEqual', 'assertNotAlmostEquals'), 'assertNotAlmostEqual'),
        (('failUnless', 'assert_'), 'assertTrue'),
        (('failUnlessRaises',), 'assertRaises'),
        (('failIf',), 'assertFalse'),
        (('assertRaisesRegexp',), 'assertRaisesRegex'),
        (('assertRegexpMatches',), 'assertRegex'),
        (('assertNotRegexpMatches',), 'assertNotRegex')):
    for _name in _names:
        setattr(TestCase, _name, _old_name(getattr(TestCase, _current)))
del _names, _current, _name


class FunctionTestCase(TestCase):
    """A test case made of a plain function (and optional set-up and
    tear-down functions)."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._before = setUp
        self._after = tearDown
        self._body = testFunc
        self._desc = description

    def setUp(self):
        if self._before is not None:
            self._before()

    def tearDown(self):
        if self._after is not None:
            self._after()

    def runTest(self):
        self._body()

    def id(self):
        return self._body.__name__

    def _key(self):
        return (self._before, self._after, self._body, self._desc)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._key())

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._body.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(self.__class__), self._body)

    def shortDescription(self):
        if self._desc is not None:
            return self._desc
        doc = self._body.__doc__
        return doc and doc.split('\n')[0].strip() or None


class _SubTest(TestCase):

    def __init__(self, test_case, message, params):
        super().__init__()
        self._label_msg = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _sub_label(self):
        parts = []
        if self._label_msg is not _NO_MESSAGE:
            parts.append('[{}]'.format(self._label_msg))
        if self.params:
            parts.append('({})'.format(', '.join('{}={!r}'.format(k, v) for k, v in self.params.items())))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '{} {}'.format(self.test_case.id(), self._sub_label())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '{} {}'.format(self.test_case, self._sub_label())
`

// unittestResultSource is the module unittest.result.
const unittestResultSource = `"""TestResult: what a run collects."""

import functools
import io
import sys
import traceback

from unittest import util

__unittest = True


def failfast(method):
    @functools.wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


class TestResult(object):
    """Failures and errors as (test, formatted traceback) pairs, skips as
    (test, reason), and counters; the runner reports from these."""

    _last_class = None
    _run_started = False
    _module_setup_failed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._out_buf = None
        self._err_buf = None
        self._real_stdout = sys.stdout
        self._real_stderr = sys.stderr
        self._show_output = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._show_output = False
        self._begin_capture()

    def _begin_capture(self):
        if self.buffer:
            if self._err_buf is None:
                self._err_buf = io.StringIO()
                self._out_buf = io.StringIO()
            sys.stdout = self._out_buf
            sys.stderr = self._err_buf

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._end_capture()
        self._show_output = False

    def _end_capture(self):
        if self.buffer:
            if self._show_output:
                # A failed test shows what it printed.
                out = sys.stdout.getvalue()
                err = sys.stderr.getvalue()
                if out:
                    if not out.endswith('\n'):
                        out += '\n'
                    self._real_stdout.write(STDOUT_LINE % out)
                if err:
                    if not err.endswith('\n'):
                        err += '\n'
                    self._real_stderr.write(STDERR_LINE % err)
            sys.stdout = self._real_stdout
            sys.stderr = self._real_stderr
            for b in (self._out_buf, self._err_buf):
                b.seek(0)
                b.truncate()

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._show_output = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._show_output = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._show_output = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        tb = self._strip_frames(exctype, value, tb, test)
        te = traceback.TracebackException(exctype, value, tb,
                                          capture_locals=self.tb_locals, compact=True)
        lines = list(te.format())
        if self.buffer:
            out = sys.stdout.getvalue()
            err_text = sys.stderr.getvalue()
            if out:
                if not out.endswith('\n'):
                    out += '\n'
                lines.append(STDOUT_LINE % out)
            if err_text:
                if not err_text.endswith('\n'):
                    err_text += '\n'
                lines.append(STDERR_LINE % err_text)
        return ''.join(lines)

    def _strip_frames(self, exctype, value, tb, test):
        # Drop unittest's own frames: those at the start of each
        # traceback of the chain, and, for a failure, the assert method's
        # frames at its end.
        first_tb = None
        first = True
        todo = [(exctype, value, tb)]
        seen = {id(value)}
        while todo:
            exctype, value, tb = todo.pop()
            while tb and self._is_ours(tb):
                tb = tb.tb_next
            if exctype is test.failureException:
                self._cut_at_ours(tb)
            if first:
                first_tb = tb
                first = False
            else:
                value.__traceback__ = tb
            if value is not None:
                for c in (value.__cause__, value.__context__):
                    if c is not None and id(c) not in seen:
                        todo.append((type(c), c, c.__traceback__))
                        seen.add(id(c))
        return first_tb

    def _is_ours(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _cut_at_ours(self, tb):
        prev = None
        while tb and not self._is_ours(tb):
            prev = tb
            tb = tb.tb_next
        if prev is not None:
            prev.tb_next = None

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            util.strclass(self.__class__), self.testsRun,
            len(self.errors), len(self.failures))
`

// unittestSuiteSource is the module unittest.suite.
const unittestSuiteSource = `"""TestSuite: tests run in order, with class and module fixtures."""

import sys

from unittest import case
from unittest import util

__unittest = True


def _maybe_call(parent, attr):
    func = getattr(parent, attr, lambda: None)
    func()


class BaseTestSuite(object):
    """A list of tests (cases or suites) run in order."""

    _drop_after_run = True

    def __init__(self, tests=()):
        self._tests = []
        self._dropped_count = 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (util.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._dropped_count
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._drop_after_run:
                self._forget(index)
        return result

    def _forget(self, index):
        # A test that ran is dropped, so that its resources go early; its
        # count stays.
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, 'countTestCases'):
                self._dropped_count += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and
    setUpModule/tearDownModule when the class or module of the tests
    changes."""

    def run(self, result, debug=False):
        top = False
        if getattr(result, '_run_started', False) is False:
            result._run_started = top = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_case(test):
                self._class_teardown(test, result)
                self._module_setup(test, result)
                self._class_setup(test, result)
                result._last_class = test.__class__
                if (getattr(test.__class__, '_class_setup_failed', False) or
                        getattr(result, '_module_setup_failed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._drop_after_run:
                self._forget(index)
        if top:
            self._class_teardown(None, result)
            self._module_teardown(result)
            result._run_started = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _class_setup(self, test, result):
        prev = getattr(result, '_last_class', None)
        cur = test.__class__
        if cur == prev:
            return
        if result._module_setup_failed:
            return
        if getattr(cur, '__unittest_skip__', False):
            return
        failed = False
        try:
            cur._class_setup_failed = False
        except TypeError:
            pass  # a built-in class
        setUpClass = getattr(cur, 'setUpClass', None)
        doClassCleanups = getattr(cur, 'doClassCleanups', None)
        if setUpClass is not None:
            _maybe_call(result, '_begin_capture')
            try:
                try:
                    setUpClass()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    failed = True
                    try:
                        cur._class_setup_failed = True
                    except TypeError:
                        pass
                    name = util.strclass(cur)
                    self._fixture_error(result, e, 'setUpClass', name)
                if failed and doClassCleanups is not None:
                    doClassCleanups()
                    for info in cur.tearDown_exceptions:
                        self._fixture_error(
                            result, info[1], 'setUpClass', util.strclass(cur), info=info)
            finally:
                _maybe_call(result, '_end_capture')

    def _last_module(self, result):
        prev = getattr(result, '_last_class', None)
        if prev is not None:
            return prev.__module__
        return None

    def _module_setup(self, test, result):
        prev = self._last_module(result)
        cur = test.__class__.__module__
        if cur == prev:
            return
        self._module_teardown(result)
        result._module_setup_failed = False
        try:
            module = sys.modules[cur]
        except KeyError:
            return
        setUpModule = getattr(module, 'setUpModule', None)
        if setUpModule is not None:
            _maybe_call(result, '_begin_capture')
            try:
                try:
                    setUpModule()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    result._module_setup_failed = True
                    self._fixture_error(result, e, 'setUpModule', cur)
                if result._module_setup_failed:
                    try:
                        case.doModuleCleanups()
                    except Exception as e:
                        self._fixture_error(result, e, 'setUpModule', cur)
            finally:
                _maybe_call(result, '_end_capture')

    def _fixture_error(self, result, exc, method_name, parent, info=None):
        self._record_fixture_error(result, exc, f'{method_name} ({parent})', info)

    def _record_fixture_error(self, result, exception, label, info=None):
        error = _ErrorHolder(label)
        addSkip = getattr(result, 'addSkip', None)
        if addSkip is not None and isinstance(exception, case.SkipTest):
            addSkip(error, str(exception))
        elif not info:
            result.addError(error, sys.exc_info())
        else:
            result.addError(error, info)

    def _module_teardown(self, result):
        prev = self._last_module(result)
        if prev is None:
            return
        if result._module_setup_failed:
            return
        try:
            module = sys.modules[prev]
        except KeyError:
            return
        _maybe_call(result, '_begin_capture')
        try:
            tearDownModule = getattr(module, 'tearDownModule', None)
            if tearDownModule is not None:
                try:
                    tearDownModule()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._fixture_error(result, e, 'tearDownModule', prev)
            try:
                case.doModuleCleanups()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._fixture_error(result, e, 'tearDownModule', prev)
        finally:
            _maybe_call(result, '_end_capture')

    def _class_teardown(self, test, result):
        prev = getattr(result, '_last_class', None)
        cur = test.__class__
        if cur == prev or prev is None:
            return
        if getattr(prev, '_class_setup_failed', False):
            return
        if getattr(result, '_module_setup_failed', False):
            return
        if getattr(prev, '__unittest_skip__', False):
            return
        tearDownClass = getattr(prev, 'tearDownClass', None)
        doClassCleanups = getattr(prev, 'doClassCleanups', None)
        if tearDownClass is None and doClassCleanups is None:
            return
        _maybe_call(result, '_begin_capture')
        try:
            if tearDownClass is not None:
                try:
                    tearDownClass()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._fixture_error(
                        result, e, 'tearDownClass', util.strclass(prev))
            if doClassCleanups is not None:
                doClassCleanups()
                for info in prev.tearDown_exceptions:
                    if isinstance(result, _DebugResult):
                        raise info[1]
                    self._fixture_error(
                        result, info[1], 'tearDownClass', util.strclass(prev), info=info)
        finally:
            _maybe_call(result, '_end_capture')


class _ErrorHolder(object):
    """Stands for a class or module fixture that failed, in the result's
    error list."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _is_case(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult(object):
    _last_class = None
    _module_setup_failed = False
    shouldStop = False
`

// unittestLoaderSource is the module unittest.loader.
const unittestLoaderSource = `"""TestLoader: finds test methods and makes suites of them."""

import functools
import os
import sys
import traceback
import types
from fnmatch import fnmatch, fnmatchcase

from unittest import case, suite, util

__unittest = True


class _FailedTest(case.TestCase):
    # Stands for what could not be loaded (a module that failed to
    # import, a missing attribute): running it raises the error.
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._load_error = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name == self._testMethodName:
            err = self._load_error

            def testFailure():
                raise err
            return testFailure
        return super().__getattr__(name)


def _failure_case(name, error, suiteClass, message):
    return suiteClass((_FailedTest(name, error),)), message


def _import_failure(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _failure_case(name, ImportError(message), suiteClass, message)


def _load_tests_failure(name, error, suiteClass):
    return _failure_case(name, error, suiteClass,
                         'Failed to call load_tests:\n' + traceback.format_exc())


def _skip_case(name, reason, suiteClass):
    def testSkipped(self):
        pass
    skipped_class = type('ModuleSkipped', (case.TestCase,),
                         {name: case.skip(str(reason))(testSkipped)})
    return suiteClass((skipped_class(name),))


def _is_test_class(obj):
    return isinstance(obj, type) and issubclass(obj, case.TestCase)


class TestLoader(object):
    """Makes suites from classes, modules and dotted names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        super().__init__()
        self.errors = []
        self._top = None

    def _failed(self, made):
        # A load failure: remember its message, return its test.
        failing_suite, message = made
        self.errors.append(message)
        return failing_suite

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError('Test cases should not be derived from '
                            'TestSuite. Maybe you meant to derive from '
                            'TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        found = self.suiteClass([self.loadTestsFromTestCase(v)
                                 for v in (getattr(module, k) for k in dir(module))
                                 if _is_test_class(v)])
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return found
        try:
            return hook(self, found, pattern)
        except Exception as e:
            return self._failed(_load_tests_failure(module.__name__, e, self.suiteClass))

    def _resolve(self, name, module):
        # The object a dotted name stands for, its parent, and the last
        # part; or a failing suite.
        parts = name.split('.')
        pending = None
        if module is None:
            # The longest prefix that imports is the module.
            for cut in range(len(parts), 0, -1):
                try:
                    module = __import__('.'.join(parts[:cut]))
                    break
                except ImportError:
                    pending = _import_failure(parts[cut - 1], self.suiteClass)
            else:
                return self._failed(pending), None, None, True
            parts = parts[1:]
        parent, obj = None, module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if pending is not None and getattr(obj, '__path__', None) is not None:
                    # in a package: the import error says more
                    return self._failed(pending), None, None, True
                return self._failed(_failure_case(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (traceback.format_exc(),))), None, None, True
        return obj, parent, parts[-1] if parts else None, False

    def loadTestsFromName(self, name, module=None):
        obj, parent, last, failed = self._resolve(name, module)
        if failed:
            return obj
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if _is_test_class(obj):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, types.FunctionType) and _is_test_class(parent):
            inst = parent(last)
            # a static method or plain function stored on the class is
            # called below to make tests; a method is the test
            if not isinstance(getattr(inst, last), types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError('calling %s returned %s, not a test' % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def getTestCaseNames(self, testCaseClass):
        patterns = self.testNamePatterns
        where = testCaseClass.__module__ + '.' + testCaseClass.__qualname__ + '.'

        def is_test(attr):
            return (attr.startswith(self.testMethodPrefix) and
                    callable(getattr(testCaseClass, attr)) and
                    (patterns is None or any(fnmatchcase(where + attr, p) for p in patterns)))

        names = [a for a in dir(testCaseClass) if is_test(a)]
        order = self.sortTestMethodsUsing
        if order:
            names.sort(key=functools.cmp_to_key(order))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Tests of the modules under start_dir whose file names match
        pattern (packages with __init__.py are searched too)."""
        top = os.path.abspath(start_dir if top_level_dir is None else top_level_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        self._top = top
        start = os.path.abspath(start_dir)
        if not os.path.isdir(start):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return self.suiteClass(list(self._walk(start, pattern)))

    def _walk(self, where, pattern):
        for entry in sorted(os.listdir(where)):
            path = os.path.join(where, entry)
            if os.path.isdir(path):
                if os.path.isfile(os.path.join(path, '__init__.py')):
                    yield from self._walk(path, pattern)
                continue
            if not (entry.endswith('.py') and fnmatch(entry, pattern)):
                continue
            rel = os.path.relpath(os.path.splitext(path)[0], self._top)
            modname = rel.replace(os.path.sep, '.')
            try:
                __import__(modname)
            except case.SkipTest as why:
                yield _skip_case(modname, why, self.suiteClass)
            except:
                yield self._failed(_import_failure(modname, self.suiteClass))
            else:
                yield self.loadTestsFromModule(sys.modules[modname], pattern=pattern)


defaultTestLoader = TestLoader()


def _configured(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    made = TestLoader()
    made.testMethodPrefix, made.sortTestMethodsUsing = prefix, sortUsing
    made.testNamePatterns = testNamePatterns
    if suiteClass:
        made.suiteClass = suiteClass
    return made


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    return _configured(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    return _configured(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    return _configured(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
`

// unittestRunnerSource is the module unittest.runner.
const unittestRunnerSource = `"""TextTestRunner: runs a suite and reports on a stream (stderr)."""

import contextlib
import sys
import time

from unittest import result
from unittest.case import _SubTest
from unittest.signals import registerResult

__unittest = True


class _WritelnDecorator(object):
    """A stream with a writeln method."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        # 'stream' itself is missing only while unpickling: no recursion
        if name in ('stream', '__getstate__'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A result that prints a character (or, verbose, a line) per test
    and the failures at the end."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        self.showAll = verbosity >= 2
        self.dots = verbosity == 1
        self._at_line_start = True

    def getDescription(self, test):
        first_doc_line = test.shortDescription()
        if first_doc_line and self.descriptions:
            return str(test) + '\n' + first_doc_line
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            out = self.stream
            out.write(self.getDescription(test) + ' ... ')
            out.flush()
            self._at_line_start = False

    def _status(self, test, status):
        # A verbose line ends with the status; a subtest (or a test whose
        # line was already ended) gets a line of its own.
        out = self.stream
        sub = isinstance(test, _SubTest)
        if sub or self._at_line_start:
            if not self._at_line_start:
                out.writeln()
            out.write(('  ' if sub else '') + self.getDescription(test) + ' ... ')
        out.writeln(status)
        out.flush()
        self._at_line_start = True

    def _show(self, test, word, char, own_line=False):
        if self.showAll:
            if own_line:
                self.stream.writeln(word)
                self.stream.flush()
            else:
                self._status(test, word)
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._show(subtest, 'FAIL', 'F')
            else:
                self._show(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._show(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._show(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._show(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._show(test, 'skipped {0!r}'.format(reason), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._show(test, 'expected failure', 'x', own_line=True)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._show(test, 'unexpected success', 'u', own_line=True)

    def printErrors(self):
        out = self.stream
        if self.showAll or self.dots:
            out.writeln()
            out.flush()
        for flavour, listed in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, listed)
        xpasses = getattr(self, 'unexpectedSuccesses', ())
        if xpasses:
            out.writeln(self.separator1)
            for test in xpasses:
                out.writeln(f'UNEXPECTED SUCCESS: {self.getDescription(test)}')
            out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, text in errors:
            out.writeln(self.separator1)
            out.writeln(f'{flavour}: {self.getDescription(test)}')
            out.writeln(self.separator2)
            out.writeln(f'{text}')
            out.flush()


@contextlib.contextmanager
def _warnings_as(action):
    # The run's warnings filter (python3 shows deprecation warnings in
    # tests); nothing to do without a warnings module.
    try:
        import warnings
    except ImportError:
        yield
        return
    with warnings.catch_warnings():
        if action:
            warnings.simplefilter(action)
            if action in ('default', 'always'):
                warnings.filterwarnings('module', category=DeprecationWarning,
                                        message=r'Please use assert\w+ instead.')
        yield


def _summary(result):
    # "OK" or "FAILED" and the counts in parentheses.
    notes = []
    ok = result.wasSuccessful()
    if not ok:
        for name, items in (('failures', result.failures), ('errors', result.errors)):
            if items:
                notes.append(f'{name}={len(items)}')
    for name, attr in (('skipped', 'skipped'), ('expected failures', 'expectedFailures'),
                       ('unexpected successes', 'unexpectedSuccesses')):
        n = len(getattr(result, attr, ()))
        if n:
            notes.append(f'{name}={n}')
    word = 'OK' if ok else 'FAILED'
    return f'{word} ({", ".join(notes)})' if notes else word


class TextTestRunner(object):
    """Runs tests and prints their results to a stream (sys.stderr by
    default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        res = self._makeResult()
        registerResult(res)
        res.failfast, res.buffer, res.tb_locals = self.failfast, self.buffer, self.tb_locals
        with _warnings_as(self.warnings):
            t0 = time.perf_counter()
            hook = getattr(res, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(res)
            finally:
                hook = getattr(res, 'stopTestRun', None)
                if hook is not None:
                    hook()
            elapsed = time.perf_counter() - t0
        res.printErrors()
        out = self.stream
        if hasattr(res, 'separator2'):
            out.writeln(res.separator2)
        n = res.testsRun
        out.writeln('Ran %d test%s in %.3fs' % (n, '' if n == 1 else 's', elapsed))
        out.writeln()
        out.writeln(_summary(res))
        out.flush()
        return res
`

// unittestMainSource is the module unittest.main.
const unittestMainSource = `"""unittest.main: the command line of a test module."""

import argparse
import os
import sys

from unittest import loader, runner
from unittest.signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _name_of_path(name):
    # A path to a .py file names the module it is.
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel) or rel.startswith(os.pardir):
                return name
            name = rel
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _names_of_paths(names):
    return [_name_of_path(n) for n in names]


def _k_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


# The options of the command line: (flags, settings, the attribute that
# the constructor may set instead, in which case the option is not
# offered). help texts are python3's, so that -h prints the same.
_COMMON_OPTIONS = [
    (('-v', '--verbose'), dict(dest='verbosity', action='store_const', const=2,
                               help='Verbose output'), None),
    (('-q', '--quiet'), dict(dest='verbosity', action='store_const', const=0,
                             help='Quiet output'), None),
    (('--locals',), dict(dest='tb_locals', action='store_true',
                         help='Show local variables in tracebacks'), None),
    (('-f', '--failfast'), dict(dest='failfast', action='store_true',
                                help='Stop on first fail or error'), 'failfast'),
    (('-c', '--catch'), dict(dest='catchbreak', action='store_true',
                             help='Catch Ctrl-C and display results so far'), 'catchbreak'),
    (('-b', '--buffer'), dict(dest='buffer', action='store_true',
                              help='Buffer stdout and stderr during tests'), 'buffer'),
    (('-k',), dict(dest='testNamePatterns', action='append', type=_k_pattern,
                   help='Only run tests which match the given substring'), 'testNamePatterns'),
]

_DISCOVERY_OPTIONS = [
    (('-s', '--start-directory'), dict(dest='start',
                                       help="Directory to start discovery ('.' default)")),
    (('-p', '--pattern'), dict(dest='pattern',
                               help="Pattern to match tests ('test*.py' default)")),
    (('-t', '--top-level-directory'), dict(dest='top',
                                           help='Top level directory of project (defaults to '
                                                'start directory)')),
]


class TestProgram(object):
    """Loads the tests of a module (or the names given on the command
    line), runs them and exits with 0 when they pass, 1 otherwise."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            found = __import__(module)
            for name in module.split('.')[1:]:
                found = getattr(found, name)
            module = found
        self.module = module
        argv = sys.argv if argv is None else argv
        self.exit, self.verbosity, self.tb_locals = exit, verbosity, tb_locals
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        # Warnings show by default, unless -W options were given.
        self.warnings = 'default' if warnings is None and not sys.warnoptions else warnings
        self.defaultTest, self.testRunner, self.testLoader = defaultTest, testRunner, testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        if self.module is None:
            print(MAIN_EXAMPLES % {'prog': self.progName})
            self._discovery_parser.print_help()
        else:
            print(MODULE_EXAMPLES % {'prog': self.progName})

    def parseArgs(self, argv):
        self._initArgParsers()
        rest = argv[1:]
        if self.module is None and rest and rest[0].lower() == 'discover':
            self._do_discovery(rest[1:])
            return
        self._main_parser.parse_args(rest, self)
        if self.module is None and not self.tests:
            self._do_discovery([])
            return
        if self.tests:
            self.testNames = _names_of_paths(self.tests)
            if __name__ == '__main__':
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            finder = self.testLoader if Loader is None else Loader()
            self.test = finder.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _initArgParsers(self):
        common = argparse.ArgumentParser(add_help=False)
        for flags, settings, ctor_attr in _COMMON_OPTIONS:
            if ctor_attr is not None:
                if getattr(self, ctor_attr) is not None:
                    continue
                # offered on the command line: its default
                setattr(self, ctor_attr, [] if ctor_attr == 'testNamePatterns' else False)
            common.add_argument(*flags, **settings)

        main_parser = argparse.ArgumentParser(parents=[common])
        main_parser.prog = self.progName
        main_parser.print_help = self._print_help
        main_parser.add_argument('tests', nargs='*',
                                 help='a list of any number of test modules, '
                                 'classes and test methods.')
        self._main_parser = main_parser

        disc = argparse.ArgumentParser(parents=[common])
        disc.prog = '%s discover' % self.progName
        disc.epilog = ('For test discovery all test modules must be '
                       'importable from the top level directory of the '
                       'project.')
        for flags, settings in _DISCOVERY_OPTIONS:
            disc.add_argument(*flags, **settings)
        for name in ('start', 'pattern', 'top'):
            disc.add_argument(name, nargs='?', default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        self._discovery_parser = disc

    def _do_discovery(self, argv, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        if argv is not None:
            if self._discovery_parser is None:
                self._initArgParsers()
            self._discovery_parser.parse_args(argv, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def _make_runner(self):
        make = self.testRunner
        if not isinstance(make, type):
            return make
        # Older runner classes take fewer options: try the longest call
        # first.
        options = dict(verbosity=self.verbosity, failfast=self.failfast,
                       buffer=self.buffer, warnings=self.warnings,
                       tb_locals=self.tb_locals)
        try:
            return make(**options)
        except TypeError:
            pass
        del options['tb_locals']
        try:
            return make(**options)
        except TypeError:
            return make()

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        self.result = self._make_runner().run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
`

// unittestSignalsSource is the module unittest.signals.
const unittestSignalsSource = `"""Ctrl-C handling of unittest's -c option (installHandler)."""

import weakref
import functools

__unittest = True

_live_results = weakref.WeakKeyDictionary()
_handler = None


class _StopOnInterrupt(object):
    def __init__(self, default_handler):
        self.called = False
        self.previous_handler = default_handler

    def __call__(self, signum, frame):
        import signal
        if self.called or signal.getsignal(signal.SIGINT) is not self:
            self.previous_handler(signum, frame)
            return
        self.called = True
        for result in _live_results.keys():
            result.stop()


def registerResult(result):
    _live_results[result] = 1


def removeResult(result):
    return bool(_live_results.pop(result, None))


def installHandler():
    global _handler
    if _handler is None:
        try:
            import signal
        except ImportError:
            return  # no signal module: Ctrl-C stops the run at once
        default_handler = signal.getsignal(signal.SIGINT)
        _handler = _StopOnInterrupt(default_handler)
        signal.signal(signal.SIGINT, _handler)


def removeHandler(method=None):
    if method is not None:
        @functools.wraps(method)
        def inner(*args, **kwargs):
            initial = None
            try:
                import signal
                initial = signal.getsignal(signal.SIGINT)
            except ImportError:
                pass
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                if initial is not None:
                    signal.signal(signal.SIGINT, initial)
        return inner
    global _handler
    if _handler is not None:
        import signal
        signal.signal(signal.SIGINT, _handler.previous_handler)
`

// unittestAsyncCaseSource is the module unittest.async_case.
const unittestAsyncCaseSource = `"""IsolatedAsyncioTestCase: test methods that are coroutines, each test
run in its own event loop (an asyncio.Runner)."""

import asyncio
import contextvars
import inspect

from unittest.case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._runner = None
        self._test_ctx = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol") from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _callSetUp(self):
        # setUp runs in the test's context, so that asyncSetUp and the
        # test see the context variables it sets.
        self._test_ctx.run(self.setUp)
        self._run_async(self.asyncSetUp)

    def _callTestMethod(self, method):
        self._run_maybe_async(method)

    def _callTearDown(self):
        self._run_async(self.asyncTearDown)
        self._test_ctx.run(self.tearDown)

    def _callCleanup(self, fn, *args, **kwargs):
        self._run_maybe_async(fn, *args, **kwargs)

    def _run_async(self, func, /, *args, **kwargs):
        assert self._runner is not None, 'asyncio runner is not initialized'
        assert inspect.iscoroutinefunction(func), f'{func!r} is not an async function'
        return self._runner.run(func(*args, **kwargs), context=self._test_ctx)

    def _run_maybe_async(self, func, /, *args, **kwargs):
        assert self._runner is not None, 'asyncio runner is not initialized'
        if inspect.iscoroutinefunction(func):
            return self._runner.run(func(*args, **kwargs), context=self._test_ctx)
        return self._test_ctx.run(func, *args, **kwargs)

    def _open_runner(self):
        assert self._runner is None, 'asyncio runner is already initialized'
        runner = asyncio.Runner(debug=True)
        self._runner = runner

    def _close_runner(self):
        runner = self._runner
        runner.close()

    def run(self, result=None):
        self._open_runner()
        try:
            return super().run(result)
        finally:
            self._close_runner()

    def debug(self):
        self._open_runner()
        super().debug()
        self._close_runner()

    def __del__(self):
        if self._runner is not None:
            self._close_runner()
`

// unittestMainModuleSource is the module unittest.__main__.
const unittestMainModuleSource = `"""python -m unittest"""

import os.path
import sys

__unittest = True

# The usage message names the command that ran us.
sys.argv[0] = os.path.basename(sys.executable) + ' -m unittest'

from unittest.main import main

main(module=None)
`
