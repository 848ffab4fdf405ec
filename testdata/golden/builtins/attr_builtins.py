# getattr, setattr, hasattr and delattr, with defaults and errors.
class Obj:
    cls_attr = "class"
    def method(self):
        return "method result"
o = Obj()
setattr(o, "x", 10)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "missing", "default"), getattr(o, "method")())
print(hasattr(o, "x"), hasattr(o, "nope"), hasattr(Obj, "method"), hasattr(1, "real"))
delattr(o, "x")
print(hasattr(o, "x"))
setattr(Obj, "added", 5)
print(o.added, getattr(str, "upper")("abc"))
for call in (lambda: getattr(o, "missing"), lambda: delattr(o, "missing"), lambda: getattr(o, 5),
             lambda: setattr(1, "x", 2), lambda: setattr(object(), "x", 1), lambda: delattr(Obj, "nothing")):
    try:
        print(call())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Failing:
    @property
    def bad(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Failing(), "bad")
except ValueError as e:
    print("hasattr propagates:", type(e).__name__, e)
