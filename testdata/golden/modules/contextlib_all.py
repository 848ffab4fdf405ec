# contextlib: contextmanager, suppress, closing, nullcontext, redirect_*, ExitStack, ContextDecorator.
import contextlib, io, sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as v:
    print('body', v)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    raise KeyError('k')
print('after swallow')

@tag('deco')
def decorated(x):
    print('in decorated', x)
    return x * 2
print(decorated(4), decorated(5))

@contextmanager
def noyield():
    if False:
        yield
@contextmanager
def twoyield():
    yield 1
    yield 2
@contextmanager
def ignore_throw():
    try:
        yield
    except Exception:
        yield
for cmf in (noyield, twoyield, ignore_throw):
    try:
        with cmf():
            if cmf is ignore_throw:
                raise TypeError('t')
    except RuntimeError as e:
        print('RuntimeError', e)

@contextmanager
def reraise_stop():
    yield
try:
    with reraise_stop():
        raise StopIteration('inner')
except StopIteration as e:
    print('StopIteration passed through', e)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed', suppress(ValueError).__exit__(ValueError, ValueError(), None), suppress().__exit__(None, None, None))
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print('closed', self.n)
with closing(Res(1)) as r:
    print('using', r.n)
with nullcontext(42) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print('got', repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('to err', file=sys.stderr)
print('err', repr(err.getvalue()))

with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag('t%d' % i))
    stack.callback(print, 'callback', 1, sep='=')
    stack.push(lambda *exc: print('push exit', exc[0]))
    print('inside stack')

def pr(*a):
    print('cb', a)
with ExitStack() as stack:
    stack.callback(pr, 1)
    moved = stack.pop_all()
print('after pop_all')
moved.close()

with ExitStack() as stack:
    stack.push(lambda t, v, tb: True)
    raise ValueError('suppressed by push')
print('suppressed via stack')

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('first')
except ZeroDivisionError as e:
    print('chained', type(e.__context__).__name__, e.__context__)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)

class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print('deco enter')
        return self
    def __exit__(self, *exc):
        print('deco exit', exc[0])
        return False
@Deco()
def f():
    print('in f')
f()
print(isinstance(nullcontext(), contextlib.AbstractContextManager), issubclass(Res, contextlib.AbstractContextManager))
class Both:
    def __enter__(self): pass
    def __exit__(self, *a): pass
print(issubclass(Both, contextlib.AbstractContextManager), contextlib.__all__)
print(type(tag('x')).__name__)
