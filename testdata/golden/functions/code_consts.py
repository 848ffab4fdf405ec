# Constant merging in co_consts: equal constants (by type and value, code
# objects by structure, frozensets by set equality) are one entry.
srcs = [
    "a = (1, 1.0, True, 0, 0.0, -0.0, False, None, ...)",
    "a = 1; b = 1.0; c = True; d = 'x'; e = b'x'; f = 1j; g = (1, 2); h = (1, 2)",
    "while (lambda: 1)(): pass",
    "x in {1, 2, 3}; y in {1, 2, 3}; z in {3, 2, 1}",
    "a = ((1, 2), (1, 2.0), (1, (2,)))",
    "def f(): return 1\ndef g(): return 1",
    "a = -0.0; b = 0.0; c = 0j; d = -0j",
    "a = 'a\\x00b'; b = 'a\\x01b'; c = 'a'",
    "a = (('a', 'b'), ('a\\x00', 'b'), ('a', '\\x00b'))",
    "def f(x):\n    while x:\n        x = (lambda y: y)(x) - 1\n    return x",
]
def show(c, d=0):
    out = []
    for k in c.co_consts:
        if type(k).__name__ == 'code':
            out.append('code:' + k.co_name + '[' + show(k, d + 1) + ']')
        else:
            out.append(type(k).__name__ + ':' + repr(k))
    return ', '.join(out)
for s in srcs:
    print(show(compile(s, 'x', 'exec')))
