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
    setattr(funcobj, '__isabstractmethod__', True)
    return funcobj


def _abstract_wrapper(base, doc):
    # The deprecated abstract{class,static}method: base's decorator that
    # also marks the function abstract.
    class Wrapper(base):
        __isabstractmethod__ = True

        def __init__(self, callable):
            abstractmethod(callable)
            base.__init__(self, callable)
    Wrapper.__doc__ = doc
    return Wrapper


abstractclassmethod = _abstract_wrapper(classmethod, "A decorator indicating abstract classmethods (deprecated).")
abstractstaticmethod = _abstract_wrapper(staticmethod, "A decorator indicating abstract staticmethods (deprecated).")
abstractclassmethod.__name__ = abstractclassmethod.__qualname__ = 'abstractclassmethod'
abstractstaticmethod.__name__ = abstractstaticmethod.__qualname__ = 'abstractstaticmethod'


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated)."""
    __isabstractmethod__ = True


# Every register() bumps the generation; a class's negative cache is only
# trusted while its recorded generation is current.
_generation = [1]


def get_cache_token():
    """Returns the current ABC cache token."""
    return _generation[0]


def _is_abstract(obj):
    return bool(getattr(obj, "__isabstractmethod__", False))


def _collect_abstracts(cls, own_items, bases):
    found = {name for name, value in own_items if _is_abstract(value)}
    for base in bases:
        found.update(name for name in getattr(base, "__abstractmethods__", ())
                     if _is_abstract(getattr(cls, name, None)))
    return frozenset(found)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = type.__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _collect_abstracts(cls, namespace.items(), bases)
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
        if not issubclass(subclass, cls):
            if issubclass(cls, subclass):
                raise RuntimeError("Refusing to create an inheritance cycle")
            cls._abc_registry.add(subclass)
            _generation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        claimed = instance.__class__
        if claimed in cls._abc_cache:
            return True
        real = type(instance)
        if real is not claimed:
            return any(cls.__subclasscheck__(c) for c in (claimed, real))
        stale = cls._abc_negative_cache_version != _generation[0]
        if not stale and claimed in cls._abc_negative_cache:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version == _generation[0]:
            if subclass in cls._abc_negative_cache:
                return False
        else:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _generation[0]
        verdict = cls.__subclasshook__(subclass)
        if verdict is NotImplemented:
            verdict = (cls in getattr(subclass, '__mro__', ()) or
                       any(issubclass(subclass, r) for r in cls._abc_registry) or
                       any(issubclass(subclass, s) for s in type.__subclasses__(cls)))
        (cls._abc_cache if verdict else cls._abc_negative_cache).add(subclass)
        return verdict

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        lines = [f"Class: {cls.__module__}.{cls.__qualname__}",
                 f"Inv. counter: {get_cache_token()}"]
        for attr in ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                     '_abc_negative_cache_version'):
            lines.append(f"{attr}: {getattr(cls, attr)!r}")
        for line in lines:
            print(line, file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry = set()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache = set()
        cls._abc_negative_cache = set()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _collect_abstracts(cls, vars(cls).items(), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
`
