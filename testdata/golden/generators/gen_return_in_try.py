# return inside a generator's try/finally, and yield inside finally/except.
def g():
    try:
        yield "body"
        return "returned"
    finally:
        print("finally before StopIteration")
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
def yields_in_except():
    try:
        raise ValueError("x")
    except ValueError as e:
        yield "in except: " + str(e)
    finally:
        yield "in finally"
print(list(yields_in_except()))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return n
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
try:
    c.send("stop")
except StopIteration as e:
    print("stopped at", e.value)
