# abc: ABCMeta, ABC, abstractmethod, register, isinstance/issubclass and errors.
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f'{self.name()} of area {self.area()}'

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return 'square'

print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__, type(Shape).__name__)
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print(e)

class Plugin(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return hasattr(C, 'run') or NotImplemented
        return NotImplemented
class Runner:
    def run(self):
        pass
print(issubclass(Runner, Plugin), isinstance(Runner(), Plugin), issubclass(int, Plugin))
print(Plugin.register(int) is int, issubclass(int, Plugin), isinstance(3, Plugin), issubclass(bool, Plugin))
@Plugin.register
class Later:
    pass
print(issubclass(Later, Plugin), Later.__name__)
t0 = abc.get_cache_token()
Plugin.register(float)
print(abc.get_cache_token() > t0, Plugin.register(Runner) is Runner)

class P2(ABC):
    @property
    @abstractmethod
    def value(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
    @staticmethod
    @abstractmethod
    def helper():
        ...
print(sorted(P2.__abstractmethods__))
class Old(ABC):
    @abc.abstractclassmethod
    def a(cls): pass
    @abc.abstractstaticmethod
    def b(): pass
    @abc.abstractproperty
    def c(self): pass
print(sorted(Old.__abstractmethods__))

class Later2(ABC):
    def todo(self):
        pass
Later2.todo = abstractmethod(Later2.todo)
abc.update_abstractmethods(Later2)
print(Later2.__abstractmethods__)
try:
    Later2()
except TypeError as e:
    print(e)

tests = [lambda: Plugin.register(1), lambda: isinstance(1, Shape), lambda: issubclass(1, Shape),
         lambda: Square.register(Shape)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(repr(ABC), ABCMeta.__module__, ABC.__slots__, [n for n in dir(abc) if not n.startswith('_')])
