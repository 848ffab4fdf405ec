def ret_override():
    try:
        return 1
    finally:
        return 2
print(ret_override())
def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("gen cleanup")
for x in gen():
    if x == 2:
        break
print("after break")
class A:
    @classmethod
    def make(cls):
        return "A.make " + cls.__name__
    def who(self):
        return __class__.__name__
class B(A):
    @classmethod
    def make(cls):
        return "B+" + super().make()
print(B.make(), B().who())
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="t1"):
    pass
print(Child.tag)
def exc_info_flow():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as e:
            print(type(e.__context__).__name__)
    try:
        raise KeyError("c")
    except KeyError as e:
        print(e.__context__)
exc_info_flow()
def tb_attrs():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
tb_attrs()
g = (x for x in range(3))
print(g.__name__, next(g), g.gi_running, g.gi_frame is not None)
def ff(): yield 1
h = ff()
list(h)
print(h.gi_frame)
class Pt:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
print(Pt().x)
d = {}
d.setdefault("k", []).append(1)
print(d)
try:
    raise ExceptionGroup if False else ValueError("plain")
except ValueError as e:
    print(e)
def kwonly(*, a, b=2):
    return a + b
print(kwonly(a=1), kwonly(b=5, a=1))
try:
    kwonly(1)
except TypeError as e:
    print(e)
def posdef(a, b=1, c=2):
    return a, b, c
try:
    posdef(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    posdef()
except TypeError as e:
    print(e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(e)
class M:
    def meth(self, x):
        pass
try:
    M().meth()
except TypeError as e:
    print(e)
try:
    M().meth(1, 2)
except TypeError as e:
    print(e)
