# vars and dir of small classes, instances and modules.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print(vars(c), sorted(k for k in vars(Child) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print("__init__" in dir(c), "inst" in dir(Child))
vars(c)["added"] = 4
print(c.added)
print(dir(Base) == sorted(dir(Base)))
print(dir(object))
print(dir(1) == dir(int), len(dir(str)) > 40)
def f():
    a = 1
    b = 2
    return sorted(dir())
print(f())
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
import math
print("pi" in vars(math), "sqrt" in dir(math))
