# semantics.md section 5, case 36: an exception raised in the owner
# during a proxied call from another interpreter.
# Decision (semantics.md 2.3 point 2; the reference implementation's
# bare RuntimeError loses everything): the caller gets a copy of the
# exception when its type is a built-in one and its args are shareable,
# with the owner's formatted traceback as its last note; otherwise
# ExecutionFailed whose excinfo is what Interpreter.exec reports. The
# owner prints nothing as unraisable (this script's stderr is empty),
# and the owner is usable afterwards.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

class Custom(Exception):
    pass

def boom(kind):
    if kind == 'builtin':
        raise LookupError('not here', 7)
    raise Custom('custom', [1])

interp = I.create()
interp.prepare_main(boom=I.SharedObjectProxy(boom))
interp.exec("""
from concurrent import interpreters as I
try:
    boom('builtin')
except LookupError as e:
    print(type(e).__name__, e.args, len(e.__notes__))
    print(e.__notes__[0])
try:
    boom('custom')
except I.ExecutionFailed as e:
    print(type(e).__name__, e.excinfo.type.__name__, e.excinfo.msg)
    print(e.excinfo.errdisplay)
""")
try:
    interp.exec("boom('builtin')")
except I.ExecutionFailed as e:
    print('uncaught in exec:', e.excinfo.type.__name__, e.excinfo.msg)
print(interp.call(eval, "boom.__name__"))
interp.close()
