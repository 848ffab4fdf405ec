# __main__ and globals: each interpreter has its own __main__ namespace;
# prepare_main and exec bind names in the target only; builtins changes
# stay in the interpreter that made them. Expected output: CPython 3.14's.
from concurrent import interpreters as I
import builtins

x = "main's x"
a = I.create()
b = I.create()
a.exec("x = 'a x'")
b.exec("print('b sees x', 'x' in globals())")
print(x)
a.exec("print('a', x, __name__, sorted(k for k in globals() if not k.startswith('__')))")
a.prepare_main(y=1)
b.exec("print('b sees y', 'y' in dir())")
a.exec("""
import builtins
builtins.shared_name = 'only in a'
builtins.len = lambda o: -1
print('a len', len([1, 2]), shared_name)
""")
b.exec("""
print('b len', len([1, 2]))
try:
    shared_name
except NameError as e:
    print('b', type(e).__name__, e)
""")
print("main len", len([1, 2]), hasattr(builtins, "shared_name"))
builtins.main_only = "main"
a.exec("print('a main_only', 'main_only' in dir(__builtins__) if isinstance(__builtins__, type(__import__('sys'))) else 'main_only' in __builtins__)")
del builtins.main_only


def reads_global():
    print("reads", x)


a.exec(reads_global)  # the code runs against a's __main__
b.exec("x = 'b x'")
b.exec(reads_global)
# a function defined inside a keeps a's globals
a.exec("def g(): return x\nx = 'a x again'\nprint(g())")
# the main module of a subinterpreter
a.exec("import __main__, sys; print(__main__.__name__, sys.modules['__main__'] is __main__, hasattr(__main__, '__file__'))")
import __main__
print(hasattr(__main__, "y"), __main__.x)
a.close()
b.close()
