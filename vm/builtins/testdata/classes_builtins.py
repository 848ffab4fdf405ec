class A:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
class B(A):
    def __init__(self):
        super().__init__(5)
    def s2(self):
        return super(B, self).s(3)
b = B()
t(lambda: (b.v, B.s(2), B.c(), b.s2()))
b.v = 9
t(lambda: b.v)
t(lambda: type('X', (A,), {'k': 1})(3).k)
t(lambda: type('X', (), {}).__name__)
t(lambda: type(1, 2))
t(lambda: object().__class__)
t(lambda: object(1))
t(lambda: slice(1, 10, 2).indices(5))
t(lambda: complex('1+2j') * 2)
t(lambda: bytes('abc', 'utf-8'))
t(lambda: bytearray(3))
t(lambda: memoryview(b'abc').tobytes())
t(lambda: frozenset('aab') == frozenset('ab'))
t(lambda: isinstance(b, A))
t(lambda: issubclass(B, (int, A)))
t(lambda: property(lambda s: 1).fget is not None)
t(lambda: int('ff', 16))
t(lambda: float('inf'))
t(lambda: str(b'x', 'ascii'))
t(lambda: dict([(1, 2)], a=3))
t(lambda: list(range(10, 0, -3)))
t(lambda: tuple(x * x for x in range(3)))
t(lambda: set([1, 1, 2]))
t(lambda: bool(None))
import builtins
missing = sorted(n for n in ['abs', 'all', 'any', 'ascii', 'bin', 'bool', 'bytearray', 'bytes', 'callable', 'chr', 'classmethod', 'compile', 'complex', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'eval', 'exec', 'exit', 'filter', 'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'int', 'isinstance', 'issubclass', 'iter', 'len', 'list', 'locals', 'map', 'max', 'memoryview', 'min', 'next', 'object', 'oct', 'open', 'ord', 'pow', 'print', 'property', 'quit', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice', 'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip', '__import__', '__build_class__', 'NotImplemented', 'Ellipsis', 'None', 'True', 'False', '__name__', '__doc__', '__debug__'] if not hasattr(builtins, n))
print('missing', missing)
exc = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
print(len(exc), exc)
