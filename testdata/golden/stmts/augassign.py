# Augmented assignment on names, attributes, subscripts and slices, and the
# difference between in-place and rebinding for mutable and immutable values.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 3; print(x)
x &= 10; print(x)
x ^= 15; print(x)
y = 7.0
y /= 2; print(y)
print(y)

class Obj:
    def __init__(self):
        self.n = 1
        self.items = [1]

o = Obj()
o.n += 41
o.items += [2, 3]
print(o.n, o.items)

lst = [1, 2, 3]
alias = lst
lst += [4]
print(lst, alias, lst is alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)

d = {"a": 1}
d["a"] += 10
d.setdefault("b", []).append(5)
d["b"] += [6]
print(d)

nums = [1, 2, 3, 4, 5]
nums[1:3] += ["x"]
print(nums)
nums[-1] *= 100
print(nums)

s = "ab"
s *= 3
print(s)

# The subscript expression is evaluated once.
calls = []
def key():
    calls.append("key")
    return 0
vals = [5]
vals[key()] += 1
print(vals, calls)

try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
