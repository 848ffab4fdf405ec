# Chained exceptions crossing: a copied exception keeps its __cause__ and
# __context__ (and __suppress_context__) when they are built-in
# exceptions with shareable args themselves, copied the same way with
# their own notes; a link to an exception that cannot be copied (a
# user-defined type) is None in the copy, and the note of the owner's
# formatted traceback still shows the whole chain. Raised in the caller
# inside an except block, a copy without a __context__ of its own gets
# the caller's exception as __context__, and one with its own keeps it,
# as if the callee had run in the caller's interpreter.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

class Private(Exception):
    pass

def fail(kind):
    if kind == 'cause':
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise KeyError('k') from e
    if kind == 'context':
        try:
            [][1]
        except IndexError:
            raise ValueError('while handling')
    if kind == 'from None':
        try:
            {}['x']
        except KeyError:
            raise TypeError('no context shown') from None
    if kind == 'deep':
        try:
            try:
                int('x')
            except ValueError as e:
                raise OSError(5, 'middle') from e
        except OSError as e:
            raise RuntimeError('top') from e
    if kind == 'private':
        try:
            raise Private('user-defined')
        except Private as e:
            raise LookupError('public') from e
    if kind == 'plain':
        raise KeyError('no context of its own')

interp = I.create()
interp.prepare_main(fail=I.SharedObjectProxy(fail))
interp.exec("""
def chain(e):
    out = []
    while e is not None:
        out.append(f'{type(e).__name__}({e})')
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return ' <- '.join(out)
for kind in ['cause', 'context', 'from None', 'deep', 'private']:
    try:
        fail(kind)
    except Exception as e:
        print(kind, '|', chain(e), '|', e.__suppress_context__, type(e.__context__).__name__)
        text = e.__notes__[-1]
        print('   note shows the chain:', text.count('Traceback (most recent call last):'), 'tracebacks',
              'direct cause' in text, 'During handling' in text)
try:
    raise NameError('in the caller')
except NameError:
    try:
        fail('cause')
    except KeyError as e:
        print('caller context |', chain(e), '|', type(e.__context__).__name__)
    try:
        fail('plain')
    except KeyError as e:
        print('caller context |', chain(e), '|', type(e.__context__).__name__)
""")
interp.close()
