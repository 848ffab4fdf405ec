def f(a):
    return a / 0
print(1)
f(2)
