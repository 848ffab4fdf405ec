# bool(): of every kind of value, __bool__ and __len__, and bool arithmetic.
for v in (0, 1, -1, 0.0, 0.1, "", " ", [], [[]], {}, set(), None, 0j, range(0)):
    print(repr(v), bool(v))
print(bool(), bool(True), True + 1, True * 3, str(True), repr(False), int(False))
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __len__(self):
        return 0
print(bool(B(True)), bool(B(False)), bool(L()), bool(object()))
try:
    bool(B(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    if B("yes"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True is bool(1), isinstance(True, int), issubclass(bool, int))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
