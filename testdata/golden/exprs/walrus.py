# Assignment expressions (walrus) in conditions, comprehensions, loops.
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print("y leaked from comprehension:", y)
it = iter(data)
while (v := next(it, None)) is not None:
    print("got", v)
print((a := 5) + a, a)
def f():
    total = [(t := 0)]
    for i in range(4):
        total.append(t := t + i)
    return total, t
print(f())
print([last := i for i in range(3)], last)
print({(k := w[0]): w for w in ["apple", "banana"]}, k)
