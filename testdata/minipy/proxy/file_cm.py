# A file and context managers owned by main, used with `with` from a
# sub-interpreter: __enter__ and __exit__ run in main; an exception of the
# block reaches __exit__ there (as a copy) and may be suppressed.
# Expected output: minipy's documented behaviour (PEP 797).
import io
from concurrent import interpreters as I

buf = io.StringIO()

class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name, I.get_current().id)
        return self
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val, tb is None)
        return typ is KeyError

class managed:
    def __init__(self, tag):
        self.tag = tag
        print('setup', tag)
    def __enter__(self):
        return self.tag.upper()
    def __exit__(self, *exc):
        print('teardown', self.tag)

with open(__file__) as f:
    first = f.readline()

sub = I.create()
sub.prepare_main(buf=I.SharedObjectProxy(buf), Guard=I.SharedObjectProxy(Guard),
                 managed=I.SharedObjectProxy(managed), path=__file__,
                 opener=I.SharedObjectProxy(open))
sub.exec("""
with buf as b:
    print(b is buf, type(b).__name__)
    b.write('hello ')
    print('written', b.write('world'), repr(b.getvalue()))
with Guard('a') as g:
    print('body', g.name)
with Guard('b'):
    raise KeyError('k')
print('suppressed')
try:
    with Guard('c'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)
with managed('x') as m:
    print('inside', m)
with opener(path) as f:
    line = f.readline()
    print(type(f).__name__, f.closed)
print(f.closed, line.startswith('# A file'))
""")
print(buf.closed, first.startswith('# A file'))
sub.close()
