def f(d, k):
    return d[k] + 1
def g(a, b):
    return (a +
            b)
def h(x):
    return x // 0
def calls():
    try:
        f({}, "key")
    except KeyError as e:
        print("KeyError", e)
    try:
        g(1, "s")
    except TypeError as e:
        print(e)
    try:
        h(3)
    except ZeroDivisionError as e:
        print(e)
calls()
try:
    h(1)
except ZeroDivisionError:
    pass
x = {"a": [1, 2]}
def deep(n):
    if n == 0:
        return x["a"][5]
    return deep(n - 1)
deep(6)
