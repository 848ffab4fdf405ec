def f():
    count = 1
    return coutn
print(len)
f()
