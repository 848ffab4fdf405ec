# Abstract-style base classes by hand with NotImplementedError, and the
# template-method pattern.
class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Rect(Shape):
    name = "rectangle"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for s in (Rect(2, 3), Circle(1), Blob()):
    try:
        print(s.describe())
    except NotImplementedError as e:
        print(type(e).__name__, e)
shapes = sorted([Rect(1, 1), Circle(2), Rect(3, 4)], key=lambda s: s.area())
print([s.name for s in shapes], sum(s.area() for s in shapes) > 20)
