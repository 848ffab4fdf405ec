# A class body is ordinary code run once: loops, conditionals, names
# visible later, and __qualname__ of nested definitions.
class Config:
    print("class body runs")
    options = {}
    for name in ("debug", "verbose"):
        options[name] = False
    del name
    if len(options) > 1:
        multiple = True
    def method(self):
        return "method"
    class Nested:
        def inner(self):
            pass
print(Config.options, Config.multiple, hasattr(Config, "name"))
print(Config.method.__qualname__, Config.Nested.__qualname__, Config.Nested.inner.__qualname__)
def factory(n):
    class Local:
        size = n
        def get(self):
            return self.size
    return Local
A, B = factory(1), factory(2)
print(A().get(), B().get(), A is B, A.__qualname__)
class Empty:
    pass
print(Empty.__doc__, Empty.__module__, Empty.__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["made_by_meta"] = True
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.made_by_meta, type(WithMeta).__name__)
