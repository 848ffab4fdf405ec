# and/or return operand values; not returns bools; short-circuiting.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or [] or 0)
print([] and "never", "x" and "", not [], not [0], not None)
def side(v, label):
    print("eval", label)
    return v
print(side(0, "a") and side(1, "b"))
print(side(1, "c") or side(1, "d"))
print(side(1, "e") and side(0, "f") or side("fallback", "g"))
x = None
name = x or "anonymous"
print(name)
vals = [0, 1, "", "s", None, [], [1]]
print([v for v in vals if v], [bool(v) for v in vals])
print(all(vals), any(vals), all([]), any([]))
print(True and False or True, True and (False or True), not True == False)
print(type(1 and 2).__name__, type(1 and True).__name__, type(not 1).__name__)
