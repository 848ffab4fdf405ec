# global and nonlocal declarations, and scoping rules.
counter = 0

def incr():
    global counter
    counter += 1

incr(); incr()
print("counter", counter)

def make_global():
    global created_later
    created_later = "made inside a function"

make_global()
print(created_later)

def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "middle"
        def inner():
            nonlocal x
            x += "+inner"
        inner()
    middle()
    return x

print(outer())

def shadow():
    counter = 100  # local, does not touch the global
    return counter
print(shadow(), counter)

def accum():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add

a = accum()
print(a(1), a(2), a(3))
b = accum()
print(b(10), a(0))

# A class body does not create an enclosing scope for methods.
y = "module y"
class K:
    y = "class y"
    def get(self):
        return y
print(K().get(), K.y)

# Comprehensions see enclosing function locals.
def comp():
    base = 10
    return [base + i for i in range(3)]
print(comp())

def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 1
unbound()
