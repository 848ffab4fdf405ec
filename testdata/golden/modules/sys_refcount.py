# sys.getrefcount of fresh objects: the argument itself adds one reference.
import sys
class Obj:
    pass
o = Obj()
print(sys.getrefcount(o))
alias = o
print(sys.getrefcount(o))
container = [o, o, o]
print(sys.getrefcount(o))
del container
print(sys.getrefcount(o))
del alias
print(sys.getrefcount(o))
def f(x):
    return sys.getrefcount(x)
print(f(o))
lst = []
print(sys.getrefcount(lst))
d = {"k": lst}
print(sys.getrefcount(lst))
print(sys.getrefcount(Obj()))
