# while loops with else, break, continue, and nested loops.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("loop finished normally, i =", i)

n = 0
while True:
    n += 1
    if n > 3:
        break
print("broke at", n)

j = 10
while j > 0:
    if j == 7:
        print("breaking at 7")
        break
    j -= 1
else:
    print("not printed")

# else runs when the condition is false from the start.
while False:
    print("never")
else:
    print("else of an empty while")

# Nested: break only leaves the inner loop.
outer = 0
while outer < 3:
    inner = 0
    while True:
        inner += 1
        if inner == outer + 1:
            break
    print("outer", outer, "inner", inner)
    outer += 1

# Collatz lengths.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(k) for k in range(1, 12)])
