# What gc.collect counts when classes die: the class, its dict, its
# __mro__ and __bases__ tuples, its descriptors and functions.
import gc
gc.collect()
class K: pass
del K
print(gc.collect())
class M(type): pass
gc.collect()
class K(metaclass=M): pass
del K
print(gc.collect())
class I(int): pass
gc.collect()
i = I(3); i.s = i; del i
print(gc.collect())
gc.collect()
class P:
    __slots__ = ('x',)
del P
print(gc.collect())
def f(): pass
class Q:
    def m(self): pass
del Q
print(gc.collect())
