# semantics.md section 5, case 35: a proxy whose owner was closed.
# Decision (semantics.md 2.3 point 3, final PEP 797 revision): closing
# an interpreter invalidates every proxy to its objects, wherever it
# lives, before the interpreter is finalized; any operation on such a
# proxy then raises RuntimeError naming the closed interpreter (the
# older revision's None is not used), and repr stays safe. Here the
# proxy comes back from Interpreter.call.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

interp = I.create()
interp.exec("""
from concurrent import interpreters as I
class Test:
    def __str__(self):
        return 'Alive'
    def __del__(self):
        print('Test.__del__ in interpreter', I.get_current().id)
""")
p = interp.call(eval, 'I.SharedObjectProxy(Test())')
print(type(p).__name__, str(p), f'{p}', p.__class__.__name__)
kept = I.SharedObjectProxy(p)
interp.close()
print('closed')
for what in (p, kept):
    try:
        str(what)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(repr(what).startswith('<SharedObjectProxy of a closed interpreter at 0x'), type(what).__name__)
try:
    print(p)
except RuntimeError as e:
    print('print: RuntimeError:', e)
del p, kept
print('end')
