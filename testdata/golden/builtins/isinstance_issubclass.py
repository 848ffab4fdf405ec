# isinstance and issubclass with classes, tuples, built-in hierarchies.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(None, type(None)), isinstance(int, type), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int))
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(int, object))
print(issubclass(A, A), isinstance([], (tuple, (dict, list))))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic))
