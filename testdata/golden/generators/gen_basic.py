# Generators: lazy evaluation, state between yields, return ends iteration.
def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("countdown done")
    return "ignored by for"
g = countdown(3)
print(type(g).__name__, "created, nothing printed yet")
for v in g:
    print("got", v)
print(list(countdown(2)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def empty():
    return
    yield
print(list(empty()))
def gen_with_return():
    yield 1
    return "the value"
it = gen_with_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("again:", e.value)
