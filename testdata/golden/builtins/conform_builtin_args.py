# Every builtin called with odd arguments and keywords: the TypeError
# (or result type) python3 gives.
import builtins
names = ['abs', 'all', 'any', 'ascii', 'bin', 'bool', 'bytearray', 'bytes', 'callable', 'chr', 'complex', 'dict', 'dir', 'divmod', 'enumerate', 'filter', 'float', 'format', 'frozenset', 'getattr', 'hasattr', 'hash', 'hex', 'int', 'isinstance', 'issubclass', 'iter', 'len', 'list', 'map', 'max', 'min', 'next', 'object', 'oct', 'ord', 'pow', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice', 'sorted', 'str', 'sum', 'tuple', 'type', 'zip', 'delattr', 'vars', 'memoryview', 'property', 'staticmethod', 'classmethod', 'super']
argsets = [(), (None,), ("ab",), (1.5,), ([],), (1, 2), ("a", "b"), (None, None), (1, 2, 3, 4), ([1], 0), (b"x",), ({},), (-1,), (2**70,), ((1, 2), 5), ("x", 1), (1, "x")]
kwsets = [{}, {"x": 1}]
for n in names:
    f = getattr(builtins, n)
    for a in argsets:
        for kw in kwsets:
            try: r = f(*a, **kw); r = "ok " + type(r).__name__
            except Exception as e: r = type(e).__name__ + ": " + str(e)
            print(n, a, kw, r)
