# Bound and unbound methods, method objects, and functions stored on
# instances versus classes.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("Ann")
m = g.greet
print(m("Bob"), Greeter.greet(g, "Cy"), m.__self__ is g, m.__func__ is Greeter.greet)
print(type(m).__name__, type(Greeter.greet).__name__, m.__name__, m == g.greet)
g.extra = lambda x: "instance function " + x
print(g.extra("is not bound"))
Greeter.shout = lambda self: self.name.upper()
print(g.shout())
methods = [Greeter(n).greet for n in "xyz"]
print([f("you") for f in methods])
try:
    Greeter.greet("no self")
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(g, "greet")("getattr"), callable(m))
