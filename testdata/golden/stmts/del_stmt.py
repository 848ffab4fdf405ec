# del of names, attributes, subscripts, slices, and tuples of targets,
# and the errors when the target is missing.
a = 1
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)

class C:
    pass
c = C()
c.x = 1
c.y = 2
del c.x
print(hasattr(c, "x"), c.y)
try:
    del c.x
except AttributeError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

p, q, r = 1, 2, 3
del p, (q, r)
print("p" in dir(), "q" in dir(), "r" in dir())

def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
