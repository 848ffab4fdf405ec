# Conditional expressions, nested and in many positions.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
print([x if x % 2 else -x for x in range(6)])
f = lambda v: "big" if v > 100 else "small"
print(f(5), f(500))
def side(v):
    print("side", v)
    return v
print(side("yes") if True else side("no"))
print(side("yes") if False else side("no"))
x = (1 if True else 2) + (10 if False else 20)
print(x)
print({k: ("even" if k % 2 == 0 else "odd") for k in range(4)})
print(*(("a",) if x > 5 else ("b",)))
