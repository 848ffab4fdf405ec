# KeyboardInterrupt and SystemExit raised in the owner during a proxied
# call are exceptions of built-in types with shareable args: they cross
# as copies (semantics.md 2.3 point 2) and do not end the owner. Caught
# in the caller they are ordinary exceptions; uncaught in code run by
# Interpreter.exec they make it fail with ExecutionFailed, as 3.14 does
# for one raised by the code itself; uncaught in main's script, a copied
# SystemExit ends the process with its code (3), printing nothing.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import sys
from concurrent import interpreters as I

def stop(kind, arg=None):
    print('owner', I.get_current().id, 'raises', kind)
    if kind == 'interrupt':
        raise KeyboardInterrupt(arg) if arg else KeyboardInterrupt
    sys.exit(arg)

interp = I.create()
q = I.create_queue()
interp.prepare_main(stop=I.SharedObjectProxy(stop), q=q)
interp.exec("""
from concurrent import interpreters as I
for kind, arg in [('interrupt', None), ('interrupt', 'with message'), ('exit', None), ('exit', 2), ('exit', 'bye')]:
    try:
        stop(kind, arg)
    except (KeyboardInterrupt, SystemExit) as e:
        code = e.code if isinstance(e, SystemExit) else '-'
        print('   caught', type(e).__name__, e.args, code, e.__notes__[-1].splitlines()[-1])
""")
print('main still runs')
for src in ["stop('interrupt')", "stop('exit', 4)"]:
    try:
        interp.exec(src)
    except I.ExecutionFailed as e:
        print('   ExecutionFailed', e.excinfo.type.__name__, repr(e.excinfo.msg))
interp.exec("""
import sys
def leave(code):
    print('sub-interpreter', I.get_current().id, 'exits with', code)
    sys.exit(code)
q.put(I.SharedObjectProxy(leave))
""")
leave = q.get()
try:
    leave(1)
except SystemExit as e:
    print('   caught in main', e.code)
interp.exec("print('the sub-interpreter still runs')")
leave(3)
print('not reached')
