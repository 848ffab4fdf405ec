class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
def f():
    x = T("local")
    return [T("temp"), 1/0]
try:
    f()
except ZeroDivisionError:
    print("handler")
print("after")
def g():
    x = T("local g")
    for i in [T("iter item")]:
        1/0
try:
    g()
except ZeroDivisionError as e:
    print("handler g")
print("after g")
def h():
    y = T("local h")
    return (T("a"), T("b"), [][0])
try:
    h()
except IndexError as e:
    err = e
print("saved")
err = None
print("end")
