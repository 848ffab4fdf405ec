# globals() and locals() at module, function and class level.
x = 1
g = globals()
print(g["x"], "g" in g, g is globals(), g["__name__"])
g["made_dynamically"] = "hello"
print(made_dynamically)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def closure():
    free = "free var"
    def inner():
        local = 1
        return sorted(locals().items())
    use = free
    return inner
print(closure()())
class K:
    attr = 5
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(K.snapshot)
print(locals() is globals())
print("__name__" in globals(), "__builtins__" in globals(), globals()["__doc__"])
