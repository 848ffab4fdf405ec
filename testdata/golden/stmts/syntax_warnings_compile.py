# compile(), exec() and eval() warn with the given file name and, for a
# "<...>" name, no source line.
x = 1
code = compile("y = x is 'a'\nassert (y, 'msg')", "<made>", "exec")
exec(code)
exec("z = [1, 2][None] if 0 else 0")
print(eval("(1)(2) if 0 else 'no call'"))
try:
    compile("w = 5 is 5\n(", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
def f():
    try:
        return x
    finally:
        if x is 0:
            pass
print(f())
