# dir() with no argument lists the current scope's names, sorted.
import math
def f():
    pass
x = 1
print([n for n in dir() if not n.startswith("__")])
def scope(a, b):
    c = 3
    return dir()
print(scope(1, 2))
class K:
    y = 2
    names = dir()
print([n for n in K.names if not n.startswith("__")], "__module__" in K.names, "__qualname__" in K.names)
