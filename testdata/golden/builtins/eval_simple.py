# eval of expressions with the caller's scope and with explicit namespaces.
x, y = 6, 7
print(eval("x * y"), eval("[x] * 3"), eval("{'k': y}"), eval("(lambda n: n + x)(1)"))
def scoped():
    local = "inside"
    return eval("local.upper() + str(x)")
print(scoped())
print(eval("a + b", {"a": 1, "b": 2}), eval("a", {"a": "global"}, {"a": "local"}))
print(eval("sum(range(n))", {"n": 10}), eval("len", {}) is len)
expr = "2 ** 10 - 1"
print(expr, "=", eval(expr))
try:
    eval("missing + 1", {})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
