# staticmethod and classmethod: calling through class and instance,
# alternative constructors, and inheritance.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_valid(s):
        parts = s.split("-")
        return len(parts) == 3 and all(p.isdigit() for p in parts)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-01-15"), MyDate.from_string("1999-12-31"))
print(Date.is_valid("2024-01-01"), Date("1", 2, 3).is_valid("x-y"), MyDate.is_valid("1-2-3"))
d = Date(1, 2, 3)
print(d.from_string("5-6-7"), type(d.from_string("5-6-7")).__name__)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls
Registry.register("a").register("b")
print(Registry.items)
print(type(Date.__dict__["is_valid"]).__name__, Date.is_valid("1-1-1"), Date.from_string.__self__ is Date)
