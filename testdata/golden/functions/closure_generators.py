# Closures and generators together: generator functions capturing cells,
# and closures created inside generators.
def make_gen(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen
by3 = make_gen(3)
print(list(by3(4)), list(make_gen(-1)(3)))
def multipliers():
    for k in range(1, 4):
        yield lambda x, k=k: x * k
print([m(10) for m in multipliers()])
def running_total():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    while True:
        x = yield add
        if x is None:
            return total
adder_gen = running_total()
add = next(adder_gen)
print(add(5), add(10))
try:
    adder_gen.send(None)
except StopIteration as e:
    print("final total", e.value)
