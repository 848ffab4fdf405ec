# Exceptions raised in callbacks that re-enter the caller's interpreter
# (A -> B -> A): each crossing follows the same rule (semantics.md 2.3
# point 2). A built-in exception raised in the callback reaches the
# middle interpreter as a copy, which may catch it or let it go on; going
# on, it crosses again as a copy carrying both tracebacks as notes. A
# user-defined one reaches the middle as ExecutionFailed, and an
# ExecutionFailed crosses again as itself (the same excinfo), never as
# an ExecutionFailed about an ExecutionFailed. Nothing is printed as
# unraisable, and a failed callback leaves both interpreters usable.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

def apply(fn, *args):
    return fn(*args)

def guarded(fn, *args):
    try:
        return ('returned', fn(*args))
    except ValueError as e:
        return ('main caught ValueError', str(e), len(e.__notes__))
    except I.ExecutionFailed as e:
        return ('main caught ExecutionFailed', e.excinfo.type.__name__, e.excinfo.msg)

def translate(fn):
    try:
        fn()
    except KeyError as e:
        raise LookupError('translated in main') from e

interp = I.create()
P = I.SharedObjectProxy
interp.prepare_main(apply=P(apply), guarded=P(guarded), translate=P(translate))
interp.exec("""
from concurrent import interpreters as I
class SubError(Exception):
    pass
def bad_value(x):
    raise ValueError(f'bad {x}')
def bad_custom():
    raise SubError('custom from the sub-interpreter')
def bad_key():
    return {}['k']

print(guarded(bad_value, 1))
print(guarded(bad_custom))
print(guarded(lambda: 'fine'))
try:
    apply(bad_value, 2)
except ValueError as e:
    print('ValueError', e, len(e.__notes__), 'notes')
    for note in e.__notes__:
        lines = note.splitlines()
        print('   ', lines[0], [l.split(', ')[-1] for l in lines if l.startswith('  File')], lines[-1])
try:
    apply(bad_custom)
except I.ExecutionFailed as e:
    print('ExecutionFailed', e.excinfo.type.__name__, e.excinfo.type.__module__, e.excinfo.msg)
try:
    translate(bad_key)
except LookupError as e:
    print(type(e).__name__, e, '| cause', type(e.__cause__).__name__, e.__cause__)
print(apply(lambda: apply(lambda: apply(bad_value, 'deep') if False else 'nested ok')))
try:
    apply(lambda: apply(lambda: apply(bad_value, 'deep')))
except ValueError as e:
    print('ValueError', e, len(e.__notes__), 'notes')
    for note in e.__notes__:
        lines = note.splitlines()
        print('   ', [l.split(', ')[-1] for l in lines if l.startswith('  File')], lines[-1])
""")
interp.close()
