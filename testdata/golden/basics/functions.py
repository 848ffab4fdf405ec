# Functions: every kind of parameter, defaults, closures, recursion.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, f=10))
print(f(*[1, 2, 3], **{"c": 4, "z": 0}))

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, c=3))

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
c()
c(5)
print(c(), c.__name__, c.__qualname__)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])
print((lambda x, y=3: x * y)(4))

try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, c=3, a=4)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
