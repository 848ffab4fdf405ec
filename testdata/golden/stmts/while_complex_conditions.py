# while loops with compound conditions, walrus, and counters.
stack = [1, 2, 3, 4, 5]
total = 0
while stack and (top := stack.pop()) > 2:
    total += top
print(total, stack)
a, b = 0, 1
while b < 1000 and a != b:
    a, b = b, a + b
print(a, b)
lines = ["x", "y", "", "z"]
i = 0
while i < len(lines) and lines[i]:
    print("line", lines[i])
    i += 1
print("stopped at", i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if steps > 1000:
        break
else:
    print("collatz(27) steps:", steps)
