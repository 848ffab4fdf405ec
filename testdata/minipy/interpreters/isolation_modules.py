# Each interpreter imports its own copy of every module: module objects,
# module state, sys.modules, sys.path and sys attributes are separate.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
import sys
import math

a = I.create()
b = I.create()
a.exec("""
import sys
import math
math.marker = 'a'
sys.path.insert(0, '/nonexistent/for/a')
sys.flag_a = 1
sys.maxsize_copy = sys.maxsize
""")
b.exec("""
import sys
import math
print('b math marker', hasattr(math, 'marker'))
print('b path', '/nonexistent/for/a' in sys.path, hasattr(sys, 'flag_a'))
""")
print("main math marker", hasattr(math, "marker"), "/nonexistent/for/a" in sys.path, hasattr(sys, "flag_a"))
a.exec("print('a math marker', math.marker, sys.path[0], sys.flag_a)")
# sys.modules edits stay in one interpreter
a.exec("""
import sys
m = type(sys)('fakemod')
m.value = 'from a'
sys.modules['fakemod'] = m
import fakemod
print('a fakemod', fakemod.value)
""")
b.exec("""
try:
    import fakemod
except ModuleNotFoundError as e:
    print('b', type(e).__name__, e)
""")
try:
    import fakemod
except ModuleNotFoundError as e:
    print("main", type(e).__name__, e)
# sys.setrecursionlimit / other sys settings are per interpreter
old = sys.getrecursionlimit()
a.exec("import sys; sys.setrecursionlimit(123); print('a limit', sys.getrecursionlimit())")
b.exec("import sys; print('b limit changed', sys.getrecursionlimit() == 123)")
print("main limit changed", sys.getrecursionlimit() == 123)
a.exec("import sys; sys.stdout.write('a writes through its own sys.stdout\\n')")
a.exec("import sys; print('a argv', sys.argv)")
print(a.call(sys.getrecursionlimit) == old)
# module objects differ: an object put in a module of a is not in b's
a.exec("import os; os.environ_copy = dict(os.environ)")
b.exec("import os; print('b os copy', hasattr(os, 'environ_copy'))")
a.close()
b.close()
