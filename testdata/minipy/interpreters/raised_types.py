# Exceptions of every common type raised by code run through exec and
# call: each becomes ExecutionFailed naming the original type and message.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
cases = [
    "ValueError('v')", "TypeError('t')", "KeyError('k')", "KeyError(1)", "IndexError('i')",
    "AttributeError('a')", "NameError('n')", "ZeroDivisionError('z')", "RuntimeError('r')",
    "NotImplementedError('ni')", "StopIteration(5)", "OSError(2, 'nofile')",
    "FileNotFoundError(2, 'No such file', 'x.txt')", "PermissionError('p')",
    "UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')", "OverflowError('o')",
    "RecursionError('deep')", "AssertionError()", "LookupError('l')",
    "ArithmeticError('a')", "Exception()", "Exception('')", "Exception('a', 'b')",
    "ImportError('no', name='m')", "ModuleNotFoundError('mnf')", "TimeoutError('to')",
    "SystemExit(3)", "SystemExit()", "KeyboardInterrupt()", "GeneratorExit()",
    "BaseException('base')", "ExceptionGroup('eg', [ValueError(1), TypeError(2)])",
    "UserWarning('w')", "DeprecationWarning('d')",
]
for c in cases:
    try:
        i.exec(f"raise {c}")
    except I.ExecutionFailed as e:
        print("exec", e.excinfo.type.__name__, e.excinfo.type.__module__, repr(e.excinfo.msg), "|", e.excinfo.formatted)
i.exec("print('alive')")

# through call(): builtins raising
for f, args in [(int, ("x",)), (int.__truediv__, (1, 0)), (dict.__getitem__, ({}, "k")),
                (list.__getitem__, ([], 3)), (getattr, (1, "nope")), (next, ([],)), (float, ("z",)), (chr, (-1,)), (bytes.fromhex, ("zz",)),
                (len, (5,)), (open, ("/nonexistent/dir/file",))]:
    try:
        i.call(f, *args)
    except I.ExecutionFailed as e:
        print("call", f.__name__, e.excinfo.type.__name__, "|", e.excinfo.msg)
    except Exception as e:
        print("call", f.__name__, "raised in caller", type(e).__name__, e)


def raiser():
    raise LookupError("from a function")


try:
    i.call(raiser)
except I.ExecutionFailed as e:
    print("call raiser", e.excinfo.formatted)
try:
    i.exec(raiser)
except I.ExecutionFailed as e:
    print("exec raiser", e.excinfo.formatted)
i.close()
