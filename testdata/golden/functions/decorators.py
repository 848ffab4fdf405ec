# Decorators: simple, with arguments, stacked, preserving names by hand,
# and decorating methods.
def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args[-1:], kwargs)  # args[-1:] skips self
        result = f(*args, **kwargs)
        print("return", f.__name__, result)
        return result
    wrapper.__name__ = f.__name__
    wrapper.__doc__ = f.__doc__
    wrapper.__wrapped__ = f
    return wrapper
def repeat(times):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(times)]
        wrapper.__name__ = f.__name__
        return wrapper
    return deco
@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b
add(1, b=2)
print(add.__name__, add.__doc__, add.__wrapped__(5, 5))
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"), hello.__name__)
def bold(f):
    return lambda: "<b>" + f() + "</b>"
def italic(f):
    return lambda: "<i>" + f() + "</i>"
@bold
@italic
def text():
    return "text"
print(text())
class Service:
    @trace
    def handle(self, req):
        return req.upper()
Service().handle("ping")
def counted(f):
    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)
    wrapper.calls = 0
    return wrapper
@counted
def noop():
    pass
noop(); noop()
print(noop.calls)
