# hash of ints and tuples (stable across runs), and id comparisons.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 30))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(True), hash(1.0), hash(2.5), hash(None) == hash(None))
print(hash(1) == hash(1.0) == hash(True), hash(-0.0) == hash(0))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None), type(id(a)).__name__)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
print(hash(H(5)), len({H(1), H(1), H(2)}))
class Unhashable:
    __hash__ = None
for obj in ([], {}, set(), Unhashable()):
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
