# functools: singledispatch, singledispatchmethod, partialmethod.
import functools as ft
import collections.abc as cabc

@ft.singledispatch
def describe(x):
    return 'object'

@describe.register
def _(x: int):
    return 'int'

@describe.register(list)
@describe.register(tuple)
def _(x):
    return 'sequence ' + type(x).__name__

@describe.register(cabc.Mapping)
def _(x):
    return 'mapping'

print(describe(1), describe(True), describe([1]), describe((1,)), describe('s'), describe({}), describe(2.5))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry), type(describe.registry).__name__)
print(describe.__name__, describe.__wrapped__.__name__)

class Greeter:
    @ft.singledispatchmethod
    def greet(self, x):
        return 'hello thing'

    @greet.register
    def _(self, x: str):
        return 'hello ' + x

    @greet.register(int)
    def _(self, x):
        return 'hello number %d' % x

g = Greeter()
print(g.greet('bob'), g.greet(3), g.greet(None))

class Cell:
    def __init__(self):
        self.state = None
    def set(self, value, note=''):
        self.state = (value, note)
    on = ft.partialmethod(set, True)
    off = ft.partialmethod(set, False, note='off')

c = Cell()
c.on()
print(c.state)
c.off()
print(c.state)
c.on(note='x')
print(c.state, repr(Cell.__dict__['on']).split(' at ')[0])

for t in [lambda: describe(), lambda: describe.register(1), lambda: ft.partialmethod(1)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
try:
    @describe.register
    def _(x):
        pass
except TypeError as e:
    print(str(e).split(' at 0x')[0])
