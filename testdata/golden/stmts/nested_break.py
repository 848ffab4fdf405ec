# break and continue in nested loops and through try/finally.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if j == 0 and i == 1:
            continue
        print("pair", i, j)

def through_finally():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"

print(through_finally())

def nested_finally():
    for i in range(2):
        try:
            try:
                if i == 1:
                    break
                print("inner body", i)
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    print("after loop")

nested_finally()

# A return inside finally overrides a break.
def finally_return():
    while True:
        try:
            break
        finally:
            return "returned from finally"
print(finally_return())

# continue in a while loop through a finally.
k = 0
while k < 4:
    k += 1
    try:
        if k % 2:
            continue
        print("even", k)
    finally:
        print("cleanup", k)

# break out of a with block.
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc)
        return False
for i in range(3):
    with CM():
        if i == 1:
            break
        print("in with", i)
