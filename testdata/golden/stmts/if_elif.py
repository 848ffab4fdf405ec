# if/elif/else chains, truthiness of many values, nested conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 3, 42):
    print(n, classify(n))

values = [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (None,), {}, {1: 2},
          set(), {0}, None, True, False, 0j, 1j, b"", b"x", range(0), range(1)]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("only outer")
if not x:
    print("never")
elif x:
    pass
print("after pass branch")

# Condition with side effects is evaluated exactly once.
count = 0
def bump():
    global count
    count += 1
    return count
if bump() > 5:
    print("big")
elif bump() > 5:
    print("big2")
else:
    print("count is", count)
