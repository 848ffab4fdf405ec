# generator.send: the value of a yield expression, priming, and errors.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(fresh.send(None))
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
e = echo()
next(e)
e.send("a")
e.send("b")
print(e.send("c"))
