# Immortalized modules keep working until the end; the interpreter still
# finalizes with zero blocks.
import sys
import math
import gc

print(sys._immortalize(math), sys._immortalize(gc))
print(math.sqrt(16.0), gc.isenabled())
m = type(sys)("scratch")
m.value = [1, 2, 3]
sys._immortalize(m)
print(m.value, sys._is_immortal(m), sys._is_immortal(m.value))
print(sys._immortalize(sys.modules["__main__"]))
print("end")
