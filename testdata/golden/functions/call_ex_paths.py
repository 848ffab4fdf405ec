# f(*args) of Python functions: results, errors, tracebacks, refcounts and
# when temporaries die, for the call that runs in the eval loop itself.
import sys
def f(a, b): return a + b
def g(*a): return a
def h(a, b=2, *, c=3): return a, b, c
t = (1, 2)
print(f(*t), g(*t), h(*(1,)), h(*t, **{}), h(*t, **{'c': 9}))
def boom(a):
    raise ValueError(a)
try:
    boom(*("x",))
except ValueError as e:
    tb = e.__traceback__
    while tb: print(tb.tb_frame.f_code.co_name, tb.tb_lineno); tb = tb.tb_next
try:
    f(*(1,))
except TypeError as e: print(e)
try:
    f(*[1, 2, 3])
except TypeError as e: print(e)
class D:
    def __del__(self): print("del D")
def keep(x): 
    print("in keep", sys.getrefcount(x))
    return 1
print(keep(*(D(),)))
args = (D(),)
print(keep(*args))
del args
def rec(n): return n if n == 0 else rec(*(n - 1,))
print(rec(100))
try: rec(10000)
except RecursionError as e: print("RecursionError", e)
def gen(*a): yield from a
print(list(gen(*t)))
print(list(map(lambda *a: a, t)))
