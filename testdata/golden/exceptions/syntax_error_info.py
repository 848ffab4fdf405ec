# SyntaxError details from compile(): msg, lineno, offset, text.
sources = ["x = (1, 2", "def f(:\n    pass", "a = 1\nb = = 2", "return 5", "for x in y:\nprint(x)", "f(**x, *y)"]
for src in sources:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, "|", e.filename)
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("x = 1\nif x:\nprint(x)")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, issubclass(IndentationError, SyntaxError))
