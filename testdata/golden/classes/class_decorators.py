# Class decorators: registering, adding methods, wrapping, returning a
# different object.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@register
@add_repr
@tagged("v1")
class Item:
    def __init__(self, name, qty):
        self.name, self.qty = name, qty
print(Item("pen", 3), Item.tag, sorted(registry))
def replace(cls):
    return "replaced " + cls.__name__
@replace
class Gone:
    pass
print(Gone)
order = []
def trace(name):
    def deco(cls):
        order.append(name)
        return cls
    return deco
@trace("outer")
@trace("inner")
class Traced:
    pass
print(order)
