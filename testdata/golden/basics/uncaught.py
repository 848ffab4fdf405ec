# An uncaught exception: CPython's traceback on stderr, exit status 1.
def inner(x):
    return x / 0

def outer():
    return inner(1)

print("before")
outer()
