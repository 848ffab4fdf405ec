# Metaclasses: a registry, __call__ interception, and class-level methods.
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __call__(cls, *args, **kw):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kw)
    def describe(cls):
        return f"class {cls.__name__} with {len(cls.__dict__)} entries"
class Base(metaclass=Registry):
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
c = Child(5)
print(c.v, Registry.classes, type(Child).__name__, Child.describe())
print(isinstance(Child, Registry), isinstance(c, Registry), type(type).__name__)
class Auto(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("greeting", f"hello from {name}")
        return super().__new__(mcls, name, bases, ns)
class Greeter(metaclass=Auto):
    pass
class Custom(metaclass=Auto):
    greeting = "custom"
print(Greeter.greeting, Custom.greeting)
