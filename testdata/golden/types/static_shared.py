# Static types and static immortals touched in every way a program can:
# every interpreter shares them, so none of this may write them (the
# parallel test runs this script in several interpreters at once).
import gc
import sys
import weakref

# Subclass lists of built-in types are per interpreter.
class MyInt(int):
    pass

class MyList(list):
    def append(self, x):
        super().append(x * 2)

class MyDict(dict):
    def __missing__(self, key):
        return key.upper()

class MyStr(str):
    pass

class MyExc(ValueError):
    pass

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

print(MyInt in int.__subclasses__(), MyList in list.__subclasses__())
print(MyExc in ValueError.__subclasses__(), Meta in type.__subclasses__(type))
print(bool in int.__subclasses__())
names = sorted(c.__name__ for c in object.__subclasses__() if c.__module__ == '__main__')
print(names)

class Temp(dict):
    pass
print(Temp in dict.__subclasses__())
del Temp
gc.collect()
print([c.__name__ for c in dict.__subclasses__() if c.__module__ == '__main__'])

m = MyList()
m.append(3)
print(m, MyDict()['k'], MyInt(7) + 1, type(MyInt(7) + 1).__name__, MyStr('x') * 2)

# Built-in types refuse changes, and errors name them.
for t, name in ((int, 'x'), (str, 'upper'), (type, '__call__'), (object, 'y')):
    try:
        setattr(t, name, 1)
    except TypeError as e:
        print('TypeError:', e)
try:
    del int.__add__
except TypeError as e:
    print('TypeError:', e)
try:
    int.__dict__['x'] = 1
except TypeError as e:
    print('TypeError:', e)

# Reading static types' dicts, docs, MROs and descriptors.
print(type(int.__dict__).__name__, '__add__' in int.__dict__, int.__dict__['__add__'].__name__)
print(int.__mro__, bool.__mro__, MyInt.__mro__[1:])
print(list.append.__qualname__, str.upper.__qualname__, dict.fromkeys.__qualname__)
print(str.__doc__.splitlines()[0], int.__name__, int.__qualname__, int.__module__)
print(len(dir(int)) > 50, hasattr(object, '__init_subclass__'))
print(list[int], dict[str, list[int]], type(list[int]).__name__)

# Static immortals: small ints, '', one-character strs, b'', one-byte
# bytes, (), None, True, False, Ellipsis, NotImplemented.
vals = [0, 1, -5, 256, '', 'a', '\xe9', b'', b'a', (), None, True, False, ..., NotImplemented]
for v in vals:
    print(repr(v), hash(v) == hash(v), v == v, type(v).__name__)
a, empty, n = 'a', '', 256
print(sys.intern('a') is a, sys.intern('') is empty, sys.intern('static' + '_shared') is sys.intern('static_shared'))
print('a'.upper(), 'a' * 3, '\xe9'.encode(), b'a'.hex(), (1,) + (), str(()), str(256), int('256') is n)
print([chr(i) for i in range(97, 102)], bytes(range(3)), [bytes([i]) for i in (0, 255)])
print({'': 1, 'a': 2, (): 3, None: 4, 1: 5, b'': 6})
print(sorted({'a', 'b', 'c', ''}), frozenset(), set(), ())

# Weak references to built-in types and classes live in the interpreter.
r = weakref.ref(int)
rc = weakref.ref(MyInt)
print(r() is int, rc() is MyInt)

# Exceptions of built-in types, raised and caught.
for f in (lambda: 1 / 0, lambda: [][1], lambda: {}['k'], lambda: int('x'), lambda: None.foo):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    raise MyExc('mine')
except ValueError as e:
    print(type(e).__mro__[1:3], e.args)
print(isinstance(MyExc(), Exception), issubclass(bool, int), issubclass(MyInt, object))
