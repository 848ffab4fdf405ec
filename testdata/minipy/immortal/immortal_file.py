# An immortalized open file keeps working; at finalization it is closed
# (its buffered data flushed) and its block freed.
import os
import sys

path = "/tmp/minipy_immortal_file_%d.txt" % os.getpid()
f = open(path, "w")
sys._immortalize(f)
f.write("hello ")
f.write("world\n")
f.flush()
with open(path) as r:
    print(repr(r.read()))
os.remove(path)
print(f.closed, sys._is_immortal(f))
print("end")
