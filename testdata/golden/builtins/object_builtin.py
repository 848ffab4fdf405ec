# object(): the root of every class, its methods and restrictions.
o = object()
print(type(o).__name__, isinstance(o, object), object.__bases__, object.__mro__)
print(o == o, o != object(), bool(o), str(o) == repr(o))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(int, object), issubclass(type, object), isinstance(type, object))
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1))
class Child:
    pass
print(Child.__bases__, Child.__mro__)
print(sorted(n for n in dir(o) if n.startswith("__"))[:6])
