# Where SyntaxErrors point (offset and end_offset, which give the carets):
# leading zeros, * after **, except mixed with except*.
cases = ["x = 0777\n", "x = 00777\n", "x = 0_0_7\n", "x = 000_7\n",
         "f(**x, *yyy)\n", "f(**x, *y, z)\n", "f(**x, *(a+b))\n", "f(a, **x, *y, **z)\n",
         "try:\n    pass\nexcept* E:\n    pass\nexcept E:\n    pass\n",
         "try:\n    pass\nexcept E:\n    pass\nexcept* E:\n    pass\n",
         "try:\n    pass\nx = 1\n", "try:\n    pass\nelse:\n    pass\n"]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.msg)
# Errors found at the end of the input point at the end of the last line,
# with no end offset (no caret).
for src in ['for x in y:\n', 'try:\n    pass\n', 'try:\n    pass', 'class C:\n    def f(self):\n',
            'try:\n    pass\n\n\n', 'x = (1,\n', 'if x:\n    pass\n  y\n', 'while 1:\n', 'def f(\n']:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.msg)
