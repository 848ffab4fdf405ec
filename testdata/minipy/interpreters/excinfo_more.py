# ExecutionFailed for exceptions with notes, groups, causes and contexts,
# exceptions whose str fails, exception classes defined in the other
# interpreter, and deep recursion. Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()


def show(src):
    try:
        i.exec(src)
    except I.ExecutionFailed as e:
        t = e.excinfo.type
        print(t.__name__, t.__qualname__, t.__module__, "|", repr(e.excinfo.msg))
        print("formatted:", repr(e.excinfo.formatted))
        print("last line:", e.excinfo.errdisplay.splitlines()[-1])
        print("args:", len(e.args), e.args[0] == e.excinfo.formatted if isinstance(e.args[0], str) else type(e.args[0]).__name__)


show("""
e = ValueError('with a note')
e.add_note('note 1')
raise e
""")
show("raise ExceptionGroup('group', [ValueError('a'), KeyError('b')])")
show("""
try:
    {}['missing']
except KeyError:
    raise TypeError('during handling')
""")
# (an exception whose __str__ fails crashes CPython 3.14.0's
# subinterpreter, so none here)
show("""
class Weird(Exception):
    __module__ = 'some.module'
raise Weird('from some.module')
""")
show("""
def r(n):
    return r(n + 1)
r(0)
""")
show("""
import sys
sys.setrecursionlimit(60)
def r(n):
    return r(n + 1)
r(0)
""")
show("raise StopIteration")
show("raise SystemExit('bye')")
show("import sys; sys.exit()")
show("exit(4)")
show("raise KeyError('')")
show("raise OSError(13, 'denied', 'file.txt', None, 'other.txt')")
i.exec("print('still fine')")
i.close()
