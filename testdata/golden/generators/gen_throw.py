# generator.throw: handling inside the generator, propagation, finally.
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("generator handled", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("bad input")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g))
def with_finally():
    try:
        yield 1
    finally:
        print("finally on throw")
h = with_finally()
next(h)
try:
    h.throw(RuntimeError, RuntimeError("from class and value"))
except RuntimeError as e:
    print("caught", e)
fresh = with_finally()
try:
    fresh.throw(TypeError("before start"))
except TypeError as e:
    print("unstarted generator raises at once:", e)
