# __index__, __int__, __float__, __complex__, __round__, __trunc__ and
# where Python uses each.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
i = Idx(2)
print([10, 20, 30][i], "abcdef"[i:Idx(4)], bin(i), hex(Idx(255)), range(Idx(3)), int(i), float(i) if False else "no float")
print(operator_like := (1, 2, 3) * Idx(2), [0] * Idx(3), (5).__mul__(Idx(2)) if False else 10)
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
    def __round__(self, nd=None):
        return f"round({nd})"
    def __trunc__(self):
        return 3
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
import math
print(math.trunc(n))
try:
    [1, 2][Num()]
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
