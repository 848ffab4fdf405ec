# Each interpreter has its own modules, sys, builtins and __main__.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
import sys

a = I.create()
b = I.create()
a.exec("import sys; sys.marker = 'a'; x = 'a'")
b.exec("import sys; print(hasattr(sys, 'marker')); x = 'b'")
print(hasattr(sys, "marker"))
a.exec("print(x, sys.marker)")
b.exec("print(x)")
x = "main"
print(x)

a.exec("import builtins; builtins.shared_name = 1")
b.exec("""
try:
    shared_name
except NameError as e:
    print('NameError', e)
""")
a.exec("print(shared_name)")

a.exec("import math; math.pi = 3; print(math.pi)")
import math
print(math.pi)
b.exec("import math; print(math.pi)")

a.exec("class C:\n    count = 0\nC.count += 1")
a.exec("C.count += 1; print(C.count)")
b.exec("print('C' in globals())")

a.exec("import sys; print(sys.argv, '__main__' in sys.modules, __name__)")
a.exec("import sys; sys.modules['fake'] = 1")
print('fake' in sys.modules)
a.exec("print(len([m for m in ['sys', 'builtins'] if m in sys.modules]))")
a.close()
b.close()
