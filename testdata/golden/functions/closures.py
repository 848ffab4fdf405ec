# Closures: captured variables, late binding, cells shared between closures.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get(), inc.__closure__ is not None, len(inc.__closure__))
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
def bind(i):
    return lambda: i
print([bind(i)() for i in range(3)])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
def cell_contents():
    v = "captured"
    f = lambda: v
    return f.__closure__[0].cell_contents
print(cell_contents())
def unassigned():
    def f():
        return late
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    late = 1
    return f()
print(unassigned())
