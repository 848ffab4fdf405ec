# __set_name__ tells a descriptor its attribute name at class creation.
class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Record:
    title = Field()
    year = Field()
    def __init__(self, title):
        self.title = title
r = Record("Dune")
print(r.title, r.year, vars(r), type(Record.title).__name__)
r.year = 1965
print(r.year, sorted(vars(r)))
class Later:
    pass
f = Field()
Later.added = f
print(hasattr(f, "name"))
