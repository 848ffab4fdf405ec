# Exceptions of built-in types whose args are shareable (ints of any
# size included, as proxies copy them) cross as copies, both ways
# (semantics.md 2.3 point 2, case 36): the caller gets the same
# type with the same args, the attributes the constructor does not take
# from args (OSError.filename, ImportError.name and .path) when they are
# shareable, the owner's own notes, and the owner's formatted traceback
# as the last note; the copy's own traceback starts in the caller. Args
# that are proxies of the caller's objects come home as those objects.
# Nothing is printed as unraisable (stderr is empty).
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

def fail(kind):
    if kind == 'value':
        raise ValueError('bad value', 42, None, (1.5, b'x'))
    if kind == 'key':
        return {}['nokey']
    if kind == 'zero':
        return 1 // 0
    if kind == 'os':
        return open('/nonexistent-dir/file.txt')
    if kind == 'import':
        raise ImportError('cannot import thing', name='mod.thing', path='/p/mod.py')
    if kind == 'unicode':
        return b'ab\xff'.decode('utf-8')
    if kind == 'syntax':
        return compile('x = (\n', '<src>', 'exec')
    if kind == 'note':
        e = IndexError('with notes')
        e.add_note('first note from the owner')
        e.add_note('second note')
        raise e
    if kind == 'bare':
        raise RuntimeError
    if kind == 'bigint':
        raise OverflowError(2 ** 80, -(2 ** 64))
    return 'no error'

interp = I.create()
interp.prepare_main(fail=I.SharedObjectProxy(fail))
interp.exec("""
import traceback
from concurrent import interpreters as I
for kind in ['value', 'key', 'zero', 'os', 'import', 'unicode', 'syntax', 'note', 'bare', 'bigint']:
    try:
        fail(kind)
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(kind, type(e).__name__, e.args, repr(str(e)))
        print('   notes', len(e.__notes__), e.__notes__[:-1], '| traceback lines', len(e.__notes__[-1].splitlines()))
        print('   last line of the note:', e.__notes__[-1].splitlines()[-1])
        print('   caller traceback starts in', tb[0].name, '| cause', e.__cause__, '| context', e.__context__)
        if isinstance(e, OSError):
            print('   OSError', e.errno, e.strerror, e.filename, e.filename2)
        if isinstance(e, ImportError):
            print('   ImportError', e.name, e.path, e.msg)
        if isinstance(e, UnicodeDecodeError):
            print('   UnicodeDecodeError', e.encoding, e.object, e.start, e.end, e.reason)
        if isinstance(e, SyntaxError):
            print('   SyntaxError', e.msg, e.filename, e.lineno, e.offset)
print(fail('ok'))
""")

# Args holding the caller's own objects (proxies in the owner) are
# shareable: they come home as those objects.
table = {}
interp.prepare_main(table=I.SharedObjectProxy(table))
interp.exec("""
class Key:
    def __hash__(self):
        return 1
key = Key()
try:
    table[key]
except KeyError as e:
    print('KeyError', e.args[0] is key, type(e.args[0]).__name__)
""")

# The other way: main calls into objects the sub-interpreter owns.
q = I.create_queue()
interp.prepare_main(q=q)
interp.exec("""
class Store:
    def __init__(self):
        self.data = {'a': 1}
    def get(self, k):
        return self.data[k]
    def check(self, v):
        if v < 0:
            raise ValueError(f'negative: {v}')
        return v
q.put(I.SharedObjectProxy(Store()))
""")
store = q.get()
for call in (lambda: store.get('zz'), lambda: store.check(-5), lambda: store['x'], lambda: store.missing):
    try:
        call()
    except (LookupError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e, '|', e.__notes__[-1].splitlines()[-1])
print(store.get('a'), store.check(3))
del store
interp.close()
