# for loops over many iterables, with else, break and continue.
for ch in "abc":
    print(ch, end=" ")
print()

for k in {"x": 1, "y": 2}:
    print("key", k)

for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)

def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            print("found", target, "at", idx)
            break
    else:
        print(target, "not found")

find([3, 1, 4, 1, 5], 4)
find([3, 1, 4, 1, 5], 9)

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

for x in []:
    print("never")
else:
    print("else on empty loop")

total = 0
for v in range(10):
    if v % 3 == 0:
        continue
    total += v
print("total", total)

# The loop variable survives the loop.
for last in range(4):
    pass
print("last", last)

# Mutating a list while iterating over a copy.
items = [1, 2, 3, 4]
for it in items[:]:
    if it % 2:
        items.remove(it)
print(items)
