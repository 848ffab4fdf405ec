def f(a, b=None, *, k=len):
    return k
print(f(1))
print(f(*(1,)))
print(f(1, *(2,)))
args = (1, 2)
print(f(*args))


def g(a, *, k=1, m):
    return a, k, m


print(g(*[5], m=2))
try:
    g(*[5])
except TypeError as e:
    print(e)
