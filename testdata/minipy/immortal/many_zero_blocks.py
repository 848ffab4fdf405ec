# Twenty thousand immortal objects in cycles, some holding mortal ones:
# the interpreter still ends with zero blocks (the harness checks it under
# the debug allocator).
import sys


class Pair:
    pass


for i in range(10000):
    a, b = Pair(), [i, str(i) * 2]
    a.other, a.data = b, {"i": i}
    b.append(a)
    sys._immortalize(a)
    sys._immortalize(b)
print(sys._is_immortal(a), b[0])
print("end")
