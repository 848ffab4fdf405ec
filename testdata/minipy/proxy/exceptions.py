# Exceptions raised in the owner reach the caller: a built-in exception
# type with shareable args is raised again as itself, the owner's
# traceback attached as a note; a user-defined one arrives as
# ExecutionFailed with its excinfo. Both directions; nothing unraisable.
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

class AppError(Exception):
    pass

def fail(kind):
    if kind == 'value':
        raise ValueError('bad value', 42)
    if kind == 'zero':
        return 1 / 0
    if kind == 'key':
        return {}['nokey']
    if kind == 'app':
        raise AppError('custom failure')
    if kind == 'stop':
        raise StopIteration('s')
    return kind

sub = I.create()
sub.prepare_main(fail=I.SharedObjectProxy(fail))
sub.exec("""
from concurrent import interpreters as I
for kind in ['value', 'zero', 'key', 'stop']:
    try:
        fail(kind)
    except Exception as e:
        note = e.__notes__[-1].splitlines()
        print(type(e).__name__, e.args, note[0], '|', note[-1])
try:
    fail('app')
except I.ExecutionFailed as e:
    print(type(e).__name__, e.excinfo.type.__name__, e.excinfo.type.__module__, e.excinfo.msg)
    print(e.excinfo.formatted)
print(fail('ok'))
""")

# The other way: main calls into an object the sub-interpreter owns.
sub.exec("""
from concurrent import interpreters as I
class Box:
    def __init__(self): self.items = {}
    def get(self, k): return self.items[k]
    def div(self, a, b): return a / b
class Oops(Exception):
    pass
def oops():
    raise Oops('from the sub-interpreter')
""")
q = I.create_queue()
sub.prepare_main(q=q)
sub.exec("q.put(I.SharedObjectProxy(Box())); q.put(I.SharedObjectProxy(oops))")
box, oops = q.get(), q.get()
try:
    box.get('x')
except KeyError as e:
    print('KeyError', e, e.__notes__[-1].splitlines()[-1])
try:
    box.div(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    oops()
except I.ExecutionFailed as e:
    print('ExecutionFailed', e.excinfo.type.__name__, e.excinfo.msg)
try:
    box.nope
except AttributeError as e:
    print('AttributeError', e)
del box, oops
sub.close()
