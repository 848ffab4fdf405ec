# Function parameters: defaults evaluated once, mutable default pitfall,
# keyword-only, positional-only, and introspection.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def f(a, b, /, c, d=4, *, e, f=6, **rest):
    return a, b, c, d, e, f, rest
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, g=7))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
def annotated(x: int, y: "str" = "s") -> bool:
    return True
print(annotated.__annotations__)
for call in (lambda: f(1, 2, 3), lambda: f(1, b=2, c=3, e=5), lambda: f(1, 2, 3, 4, 5, e=6),
             lambda: f(1, 2, 3, e=1, e2=2, c=9), lambda: append_to()):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
