# Subclassing list and dict: overriding methods, __missing__, and which
# built-in methods bypass the overrides.
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s + [4]).__name__, type(s[:1]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value
d = DefaultDict()
d["a"].append(1)
d["a"].append(2)
print(d, d.get("b"), "b" in d)
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v)
ld = LoudDict()
ld["x"] = 1
ld.update(y=2)
print(ld, dict(ld))
class CountingList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appends = 0
    def append(self, v):
        self.appends += 1
        super().append(v)
cl = CountingList("ab")
cl.append("c")
cl.extend("de")
print(cl, cl.appends)
print(CountingList.__mro__[1].__name__, Stack([3, 1, 2]) == [3, 1, 2], sorted(Stack([3, 1, 2])))
