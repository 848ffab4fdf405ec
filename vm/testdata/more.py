def gen_throw():
    def inner():
        try:
            yield 1
            yield 2
        except KeyError as e:
            print("inner caught", e)
            yield 3
        return "inner-ret"
    r = yield from inner()
    print("outer got", r)
    yield 4
g = gen_throw()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
g2 = gen_throw()
next(g2)
g2.close()
print("closed g2")
a = [1, 2, 3]
a[1] += 10
print(a)
class C:
    items = [1, 2]
    doubled = [x * 2 for x in items]
print(C.doubled)
try:
    raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def nest():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    return mid()()
print(nest())
first, (second, third), *rest = 1, (2, 3), 4, 5
print(first, second, third, rest)
print(f"{'nested {}'.format(1)!r:>15}")
print([(i, j) for i in range(3) for j in range(i)])
def defaults(a, b=[]):
    b.append(a)
    return b
defaults(1)
print(defaults(2))
lam = lambda *a, **k: (a, k)
print(lam(1, b=2))
try:
    n = None
    n()
except TypeError as e:
    print(e)
try:
    [].missing
except AttributeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    x = undefined_name
except NameError as e:
    print(e)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
try:
    {}["k"]
except LookupError as e:
    print(repr(e))
def gen_ret():
    yield 1
    return 5
def use():
    v = yield from gen_ret()
    return v
try:
    it = use()
    next(it)
    next(it)
except StopIteration as e:
    print("value", e.value)
class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class W(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(W(5).v)
x = 10
def shadow():
    x = 20
    def g():
        return x
    return g()
print(shadow(), x)
print(type(lambda: 0).__name__, (lambda: 0).__name__, shadow.__qualname__)
i = 0
while True:
    i += 1
    if i > 5:
        break
    if i % 2:
        continue
    print("even", i)
