# sys.exit from main with live interpreters (and from inside one, which
# only fails that exec): the exit status is main's.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
import sys

i = I.create()
try:
    i.exec("import sys; sys.exit(5)")
except I.ExecutionFailed as e:
    print(e.excinfo.type.__name__, repr(e.excinfo.msg))
try:
    i.call(sys.exit, 6)
except I.ExecutionFailed as e:
    print(e.excinfo.type.__name__, repr(e.excinfo.msg))
i.exec("print('still alive')")
j = I.create()
j.exec("import atexit; atexit.register(print, 'atexit of j at process exit')")
i.exec("import atexit; atexit.register(print, 'atexit of i at process exit')")
import atexit
atexit.register(print, "atexit of main")
sys.exit(3)
