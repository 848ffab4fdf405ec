# exec and eval with globals and locals dicts, and their errors.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[a, b]", {"a": 1}, {"b": 2}))
ns = {}
exec("y = 10\ndef sq(n):\n    return n * n\nz = sq(y)", ns)
print(ns["y"], ns["z"], ns["sq"](3), "__builtins__" in ns)
g = {"base": 100}
loc = {}
exec("result = base + 1", g, loc)
print(loc, "result" in g)
x = 5
exec("x = x + 1")
print(x)
def f():
    exec("inner = 1")
    return "inner" in locals()
print(f())
print(eval("len('abc')"), eval("  42  "), eval(compile("3 ** 2", "<expr>", "eval")))
exec(compile("print('compiled exec')", "<string>", "exec"))
print(exec("1 + 1"), eval("None"))
for src in ("1 +", "x = 1", "undefined_name"):
    try:
        eval(src)
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, e)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval(42)
except TypeError as e:
    print(type(e).__name__, e)
