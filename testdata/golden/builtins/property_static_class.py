# property, staticmethod and classmethod used as builtins (not only decorators).
class Temp:
    def __init__(self):
        self._c = 0
    def get_f(self):
        return self._c * 9 / 5 + 32
    def set_f(self, v):
        self._c = (v - 32) * 5 / 9
    fahrenheit = property(get_f, set_f, None, "Temperature in F")
    def helper(x):
        return x * 2
    helper = staticmethod(helper)
    def create(cls):
        return cls()
    create = classmethod(create)
t = Temp.create()
t.fahrenheit = 212
print(round(t._c, 6), t.fahrenheit, Temp.fahrenheit.__doc__, Temp.helper(4), t.helper(5))
print(type(Temp.__dict__["helper"]).__name__, type(Temp.__dict__["create"]).__name__, type(Temp.fahrenheit).__name__)
ro = property(lambda self: "read only")
class R:
    value = ro
r = R()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.value
except AttributeError as e:
    print(type(e).__name__, e)
p = property()
class Empty:
    x = p
try:
    Empty().x
except AttributeError as e:
    print(type(e).__name__, e)
print(callable(staticmethod(len)), staticmethod(len).__func__ is len, classmethod(len).__func__ is len)
