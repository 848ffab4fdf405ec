# sys.getallocatedblocks counts the interpreter's allocated memory blocks:
# making objects raises it, freeing them brings it back down.
import sys

before = sys.getallocatedblocks()
print(type(before).__name__, before > 0)
keep = [object() for _ in range(1000)]
during = sys.getallocatedblocks()
print(during - before >= 1000)
del keep
print(sys.getallocatedblocks() < during)
