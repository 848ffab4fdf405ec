# The builtins over user objects that implement only the sequence protocol
# (__len__/__getitem__) or __reversed__.
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
class Rev:
    def __reversed__(self): return iter('zyx')
cases = ["list(reversed(Seq(3)))", "list(iter(Seq(2)))", "list(reversed(Rev()))", "reversed(object())", "next(iter(Seq(0)), 'd')",
         "next([])", "iter(Seq(1)).__class__.__name__", "list(enumerate(Seq(2), 1))", "sum(Seq(4))", "max(Seq(3))", "sorted(Seq(3), reverse=True)",
         "list(zip(Seq(2), Seq(3)))", "len(Seq(-1))", "bool(Seq(0))", "3 in Seq(5)", "10 in Seq(5)", "min(Seq(0), default=None)",
         "dict.fromkeys(Seq(2))", "tuple(Seq(2))", "set(Seq(3))", "bytes(Seq(2))", "bytearray(Seq(2))", "''.join(map(str, Seq(3)))",
         "list(map(lambda a, b: a + b, Seq(2), Seq(2)))", "any(Seq(1))", "all(Seq(2))", "divmod(Seq(1), 1)", "abs(Seq(1))", "round(Seq(1))",
         "format(Seq(1), 'x')", "vars(Seq(1))", "dir(Seq(1))[-2:]", "getattr(Seq(1), 'n')", "callable(Seq)"]
for c in cases:
    try:
        print(c, '=>', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__ + ':', e)
