# The eval loop's fast paths for exact ints and floats (BINARY_OP,
# COMPARE_OP, compare-and-branch) must give CPython's results at the edges:
# the int64 limits, 2**53, negative floor division and modulo, shifts,
# signed zeros, inf and nan, and fall back for bool and other types.
ints = [0, 1, -1, 3, -7, 63, 64, 2**31, -2**31 - 1, 2**53 + 1, 2**62, 2**63 - 1, -2**63, 2**64]
floats = [0.0, -0.0, 1.5, -2.25, 1e308, float("inf"), float("nan"), 9007199254740992.0]


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__


for x in ints:
    row = []
    for y in ints:
        row.append(show(lambda: x + y))
        row.append(show(lambda: x - y))
        row.append(show(lambda: x * y))
        row.append(show(lambda: x // y))
        row.append(show(lambda: x % y))
        row.append(show(lambda: x / y))
        row.append(show(lambda: (x & y, x | y, x ^ y)))
        if 0 <= y < 100:
            row.append(show(lambda: (x >> y, x << y)))
        z = x
        z += y
        z *= 3
        z -= y
        row.append(repr(z))
    print(" ".join(row))

for x in ints[:10] + floats:
    row = []
    for y in floats + ints[:10]:
        row.append(show(lambda: (x + y, x - y, x * y)))
        row.append(show(lambda: x / y))
        row.append(repr((x < y, x <= y, x == y, x != y, x > y, x >= y)))
    print(" ".join(row))

for x in ints + [2**53, 2**53 + 1]:
    for y in [9007199254740992.0, 1e19, -9.3e18, 0.5]:
        print(x < y, x <= y, x == y, x != y, x > y, x >= y, y < x, y == x)

# Compare-and-branch on every kind of operand.
vals = [0, 1, -1, 2**63, 0.0, -0.0, 1.5, float("nan"), True, False, "a", None]
for x in vals:
    out = []
    for y in vals:
        try:
            n = 0
            if x < y:
                n += 1
            if not x <= y:
                n += 2
            if x == y:
                n += 4
            if x != y:
                n += 8
            while n < 20 and x >= y:
                n += 5
            out.append(n)
        except TypeError:
            out.append("T")
    print(out)


class C:
    def __lt__(self, o):
        return "truthy"

    def __gt__(self, o):
        return 0


print("lt" if C() < 1 else "not lt", "gt" if C() > 1 else "not gt")
print(True + True, True * 2.5, -True // 2, 7 // True, 1.0 / True)


# Results stored into dead operands and loop variables: aliases must keep
# their values.
def inplace():
    s = 1000
    t = s
    s += 1
    s = s + 1
    print(s, t, s is t)
    x = 1.5
    y = x
    x = x * 2.0
    x += 1
    x = 2.0 * x
    x = 1 - x
    print(x, y)
    l = [5000]
    v = l[0]
    v += 1
    print(v, l)
    z = 10**6
    z = z + z
    k = 700
    k = 3 - k
    k = k // 7
    print(z, k)
    keep = []
    for i in range(250, 270):
        if i % 5 == 0:
            keep.append(i)
    total = 0
    for i in range(2**62, 2**62 + 3):
        total += i
    print(keep, total, i)


inplace()
