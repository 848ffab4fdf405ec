x = [1, 2, 3, 4, 5]
print(x[1:3], x[::-1], x[-1], 1 < 2 < 3, 3 > 2 > 5)
d = {"a": 1}
d["b"] = 2
d["a"] += 10
del d["b"]
print(d, "a" in d, "z" not in d)
class O: pass
o = O()
o.v = 1
o.v += 5
print(o.v)
del o.v
print(hasattr(o, "v") if False else getattr(o, "__dict__", None) if False else "ok")
for i in range(3):
    if i == 5:
        break
else:
    print("for-else")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
fs = [lambda i=i: i * 2 for i in range(3)]
print([f() for f in fs])
def outer():
    v = []
    def add(x):
        v.append(x)
        return v
    return add
a = outer()
a(1)
print(a(2))
def kw(**k):
    return list(k)
print(kw(**{"b": 1}, a=2), kw(*(), **{}))
def star(*a):
    return a
print(star(*[1, 2], 3, *(4,)))
try:
    kw(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
s = "abc"
print(f"{s:>5}|{s!r}|{len(s)}|{1+1}")
print("%s-%d" % ("x", 3), "{}/{}".format(1, 2))
t = (1, 2)
a, b = b, a = t
print(a, b)
try:
    try:
        raise ValueError(1)
    except KeyError:
        print("no")
    else:
        print("no else")
    finally:
        print("finally runs")
except ValueError as e:
    print("outer", e)
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f")
    return out
print(loop_finally())
gen = (i * i for i in range(4))
print(list(gen), list(gen))
print(-3 // 2, -3 % 2, 2 ** 10, 2 ** 100, 7 / 2, 1e300 * 10, 10 ** 20 + 1)
print(True + True, None is None, not 0, ~5, -(-3))
import_ok = True
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print(e)
print(isinstance(3, (str, int)), type(3) is int, repr("a'b"))
