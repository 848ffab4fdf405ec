# super() with zero and two arguments, in chains and classmethods.
class A:
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return "A.make(" + cls.__name__ + ")"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), D.make(), [k.__name__ for k in D.__mro__])
print(super(B, D()).who(), super(D, D()).who())
s = super(B, D())
print(type(s).__name__)
class E(A):
    def __init__(self):
        self.v = super().who()
print(E().v)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def no_parent(self):
        return super().missing()
try:
    F().no_parent()
except AttributeError as e:
    print(type(e).__name__, e)
