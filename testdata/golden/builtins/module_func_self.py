# Functions of modules written in Go know their module, as CPython's
# built-in functions do.
import atexit
import builtins
import gc
import math
import sys
import time

for mod, f in ((time, time.time), (time, time.sleep), (gc, gc.collect), (atexit, atexit.register),
               (sys, sys.getrefcount), (sys, sys.exit), (builtins, len), (builtins, print)):
    print(repr(f), f.__module__, repr(f.__self__), f.__self__ is mod, f.__name__, f.__qualname__)

print(math.sqrt.__self__ is math, math.sqrt.__module__, math.floor.__self__.__name__)
print(repr(time), repr(gc), repr(atexit), repr(sys), repr(builtins))
print(time.time == time.time, [].append.__self__, type(math.sqrt).__name__)
print(getattr(math.sqrt.__self__, "pi") == math.pi)
print(len.__self__.len is len, time.perf_counter.__self__.perf_counter is time.perf_counter)
