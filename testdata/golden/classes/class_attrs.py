# Class attributes versus instance attributes, shared mutable defaults,
# __dict__, and attribute lookup on the class.
class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.own = []
a = Counter()
b = Counter()
a.shared.append("a")
a.own.append("a")
print(Counter.count, b.shared, b.own, a.own)
a.count = 100
print(a.count, b.count, Counter.count)
print(sorted(a.__dict__), "count" in Counter.__dict__, Counter.__name__)
Counter.new_attr = "added later"
print(b.new_attr)
print(Counter.__dict__["count"], type(Counter.__dict__).__name__)
class Doc:
    """The docstring."""
    x: int = 5
print(Doc.__doc__, Doc.x, Doc.__annotations__, Doc.__module__)
try:
    Counter.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
