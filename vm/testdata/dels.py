class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = D(1)
del a
print("-- rebinding")
b = D(2)
b = D(3)
print("-- function return")
def f():
    x = D(4)
    print("in f")
f()
print("-- except block")
try:
    raise ValueError(D(5))
except ValueError as e:
    print("handling")
print("after except")
print("-- list.clear")
l = [D(6)]
l.clear()
print("-- loop variable")
for i in range(2):
    v = D(10 + i)
print("after loop")
del v
print("-- generator closed")
def g():
    d = D(20)
    try:
        yield 1
    finally:
        print("gen finally")
it = g()
next(it)
it.close()
print("-- generator dropped")
it = g()
next(it)
del it
print("-- cycle")
c = D(30)
c.self = c
del c
print("end")
b2 = D(99)
