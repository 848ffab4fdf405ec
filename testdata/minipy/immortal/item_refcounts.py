# Mortal items of an immortal container stay mortal: the container's
# reference to them still counts, until finalization drops it.
import sys


class X:
    pass


x = X()
r = sys.getrefcount(x)
l = [x]
sys._immortalize(l)
print(sys.getrefcount(x) - r)
del l
print(sys.getrefcount(x) - r, sys._is_immortal(x))
