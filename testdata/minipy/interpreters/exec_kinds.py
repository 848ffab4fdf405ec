# Interpreter.exec of a string, a code object and an argument-less
# function; what it returns; state kept between calls; what it refuses.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
print(i.exec("x = 1"))
i.exec("x += 1\nprint('x', x, __name__)")
code = compile("print('code object', x * 10)", "<mine>", "exec")
print(i.exec(code))
i.exec(compile("y = 7", "<mine>", "exec"))


def job():
    print("job runs in", __name__)
    import concurrent.interpreters as I
    print("job current", I.get_current().id)


print(i.exec(job))
i.exec("print('y', y)")
i.exec("def f(): return 'f in main of i'\nprint(f())")
i.exec("")
i.exec("# only a comment\n")
i.exec("   \n\n")


def two():
    print("two")


i.exec(two.__code__)

for bad in [42, None, b"x = 1", ["x"], 1.5]:
    try:
        i.exec(bad)
    except Exception as e:
        print(type(e).__name__, e)

n = 10


def closure():
    return n


def outer():
    k = 1

    def inner():
        return k
    return inner


def withargs(a, b=2):
    pass


def kwonly(*, a):
    pass


def varargs(*args):
    pass


for f in [outer(), withargs, kwonly, varargs, lambda: 1, lambda x: x]:
    try:
        i.exec(f)
        print("ran", f.__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
try:
    i.exec(outer().__code__)
except Exception as e:
    print(type(e).__name__, e)
try:
    i.exec()
except TypeError as e:
    print(type(e).__name__, e)
try:
    i.exec("x = 1", "y")
except TypeError as e:
    print(type(e).__name__, e)
i.close()
