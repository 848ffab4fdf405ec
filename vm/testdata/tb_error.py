def inner(x):
    return inner2(x)
def inner2(x):
    raise KeyError(x)
def outer():
    try:
        inner(1)
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
print("start")
outer()
