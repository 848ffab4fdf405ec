package stdlib

// abc in Python: ABCMeta keeps, per class, a registry of virtual
// subclasses and positive/negative caches of issubclass answers; a
// global counter invalidates the negative caches when anything is
// registered. Abstract methods are recorded in __abstractmethods__,
// which the VM's object.__new__ checks.

func init() { addFrozen("abc", "Abstract Base Classes (ABCs) according to PEP 3119.", abcSource) }

const abcSource = `
def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated)."""
    __isabstractmethod__ = True


_generation = [1]   # bumped by every register(): stale negative caches


def get_cache_token():
    """Returns the current ABC cache token."""
    return _generation[0]


def _abstracts_of(cls, namespace_items, bases):
    names = set()
    for name, value in namespace_items:
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace.items(), bases)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _generation[0]
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _generation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        klass = instance.__class__
        if klass in cls._abc_cache:
            return True
        actual = type(instance)
        if actual is klass:
            if (cls._abc_negative_cache_version == _generation[0] and
                    klass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(klass)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version != _generation[0]:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _generation[0]
        elif subclass in cls._abc_negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if answer:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return answer
        found = (cls in getattr(subclass, '__mro__', ()) or
                 any(issubclass(subclass, r) for r in cls._abc_registry) or
                 any(issubclass(subclass, s) for s in type.__subclasses__(cls)))
        (cls._abc_cache if found else cls._abc_negative_cache).add(subclass)
        return found

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                     '_abc_negative_cache_version'):
            print(f"{name}: {getattr(cls, name)!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    names = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                names.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
`
