# Exceptions of user-defined types (classes of __main__, nested classes,
# classes of an imported module, subclasses of built-in exceptions) cross
# as concurrent.interpreters.ExecutionFailed (semantics.md 2.3 point 2),
# both ways: excinfo.type has the type's __name__, __qualname__ and
# __module__, excinfo.msg is str() of the exception, excinfo.formatted
# its last line (module-qualified outside builtins and __main__) and
# excinfo.errdisplay the owner's formatted traceback, as
# Interpreter.exec reports an uncaught exception. An `except` of the
# built-in base does not catch it. Nothing is printed as unraisable.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I
from exc_user_mods import errors

class AppError(Exception):
    pass

class Outer:
    class Inner(LookupError):
        def __str__(self):
            return 'custom str of Inner'

def fail(kind):
    if kind == 'app':
        raise AppError('custom failure', 1)
    if kind == 'nested':
        raise Outer.Inner('ignored by __str__')
    if kind == 'module':
        return errors.load('')
    return errors.load(kind)

def show(e):
    t = e.excinfo.type
    print('   seen by show() as a', type(e).__name__ + ':', t.__name__, t.__qualname__, t.__module__, repr(e.excinfo.msg))
    print('   formatted:', e.excinfo.formatted)
    lines = e.excinfo.errdisplay.splitlines()
    print('   errdisplay:', lines[0], '|', lines[-2].strip(), '|', lines[-1])

interp = I.create()
interp.prepare_main(fail=I.SharedObjectProxy(fail), show=I.SharedObjectProxy(show))
interp.exec("""
from concurrent import interpreters as I
for kind in ['app', 'nested', 'module']:
    try:
        try:
            fail(kind)
        except (ValueError, LookupError):
            print('caught by the built-in base: wrong')
    except I.ExecutionFailed as e:
        print(kind, isinstance(e, I.InterpreterError), e.excinfo.type.__name__)
        show(e)
print(fail('fine'))
""")

# The other way: types of the sub-interpreter raised into main.
q = I.create_queue()
interp.prepare_main(q=q)
interp.exec("""
class SubError(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
def check(code):
    if code:
        raise SubError(code)
    return 'ok'
q.put(I.SharedObjectProxy(check))
""")
check = q.get()
print(check(0))
try:
    check(7)
except I.ExecutionFailed as e:
    show(e)
    print(hasattr(e, 'code'), str(e).splitlines()[0])
del check
interp.close()
