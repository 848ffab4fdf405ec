# Closing an interpreter finalizes its immortal objects (runtime/finalize's
# virtual GC: weakref.finalize callbacks first, then __del__ of each
# immortal once) and releases its heap; the output comes before close()
# returns (semantics.md case 18). CPython 3.14 lacks sys._immortalize: the
# expected output is written by hand.
from concurrent import interpreters as I

i = I.create()
i.exec("""
import sys, weakref
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__ of immortal', self.name)
a = Node('a')
b = Node('b')
a.other = b
b.other = a
assert sys._immortalize(a) == 1
assert sys._immortalize(a) == 0
assert sys._is_immortal(a)
weakref.finalize(b, print, 'finalizer of b')
del a, b
import gc
gc.collect()
print('alive until close')
""")
print("closing")
i.close()
print("closed")
