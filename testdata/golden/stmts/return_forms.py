# Every form of return: none, bare, value, tuple, from loops and try.
def nothing():
    pass

def bare():
    return

def value():
    return 42

def pair():
    return 1, 2

def starred():
    rest = [3, 4]
    return 1, *rest

def from_loop(items):
    for i in items:
        if i > 2:
            return i
    return None

def early(flag):
    if flag:
        return "early"
    print("not early")
    return "late"

def in_try():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")

def override():
    try:
        return "try"
    finally:
        return "finally wins"

print(nothing(), bare(), value(), pair(), starred())
print(from_loop([1, 2, 3, 4]), from_loop([]))
print(early(True), early(False))
print(in_try())
print(override())
a, b = pair()
print(a + b)

def returns_func():
    def inner():
        return "inner"
    return inner
print(returns_func()())

lam = lambda: (yield_value := 7)
print(lam())
