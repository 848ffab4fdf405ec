# Exceptions of built-in types whose args are not shareable (a list, a
# dict, a user object, an ExceptionGroup's exceptions) cannot be
# re-created in the caller without proxying part of the owner's state,
# so they arrive as ExecutionFailed (semantics.md 2.3 point 2): excinfo
# has the built-in type's name and module 'builtins', str() of the
# exception as msg, and the owner's formatted traceback as errdisplay,
# as Interpreter.exec reports an uncaught exception. `except ValueError`
# does not catch it. Nothing is printed as unraisable.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

class Key:
    def __repr__(self):
        return 'Key()'

def fail(kind):
    if kind == 'list':
        raise ValueError([1, 2])
    if kind == 'dict':
        raise TypeError('bad', {'k': 'v'})
    if kind == 'object':
        return {}[Key()]
    if kind == 'group':
        raise ExceptionGroup('several', [ValueError('a'), KeyError('b')])

interp = I.create()
interp.prepare_main(fail=I.SharedObjectProxy(fail))
interp.exec("""
from concurrent import interpreters as I
for kind in ['list', 'dict', 'object', 'group']:
    try:
        try:
            fail(kind)
        except (ValueError, TypeError, KeyError):
            print('caught as the built-in type: wrong')
    except I.ExecutionFailed as e:
        info = e.excinfo
        print(kind, type(e).__name__, info.type.__name__, info.type.__qualname__, info.type.__module__)
        print('   msg', repr(info.msg), '| formatted', repr(info.formatted))
        lines = info.errdisplay.splitlines()
        print('   errdisplay', lines[0], '|', lines[-1], '|', len(lines), 'lines')
        print('   str starts', repr(str(e).splitlines()[0]), getattr(e, '__notes__', 'no notes'))
""")
interp.close()
