# compile() in the three modes, code object attributes, and errors.
code = compile("a = 1\nb = a + 1\n", "<mine>", "exec")
ns = {}
exec(code, ns)
print(type(code).__name__, code.co_filename, ns["b"])
expr = compile("6 * 7", "<expr>", "eval")
print(eval(expr), expr.co_name)
single = compile("40 + 2", "<single>", "single")
exec(single)
def func(p, q=1):
    r = p + q
    return r
c = func.__code__
print(c.co_name, c.co_argcount, c.co_varnames, c.co_filename.endswith("compile_builtin.py"))
for args in (("1 +", "<bad>", "exec"), ("x", "<m>", "badmode"), ("def f(:", "<bad2>", "exec")):
    try:
        compile(*args)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
try:
    compile("return 5", "<ret>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
