# In-place operators: __iadd__ and friends, the fallback to __add__, and
# in-place on attributes and items.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __repr__(self):
        return f"Bag({self.items})"
    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other)
        return self
    def __isub__(self, other):
        print("__isub__")
        self.items = [i for i in self.items if i not in other]
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __ior__(self, other):
        return "ior returns something else"
class AddOnly:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ used for +=")
        return AddOnly(self.v + o)
b = Bag([1, 2])
alias = b
b += [3]
b -= [1]
b *= 2
print(b, alias is b)
b |= None
print(b)
a = AddOnly(1)
before = a
a += 5
print(a.v, a is before)
class Holder:
    pass
h = Holder()
h.bag = Bag()
h.bag += "xy"
store = {"k": Bag()}
store["k"] += [7]
print(h.bag, store)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
for op in ("-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "@="):
    x = NoOps()
    try:
        exec(f"x {op} 1")
    except TypeError as e:
        print(type(e).__name__, e)
