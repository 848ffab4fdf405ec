import gc
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
def f():
    x = T("local in a cycle")
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return err
r = f()
print("returned", type(r).__name__)
del r
print("deleted: the cycle err -> traceback -> frame -> err remains")
print("collected something:", gc.collect() > 0)
print("after collect")
def g():
    y = T("generator local")
    try:
        yield 1
        1 / 0
    except ZeroDivisionError as e:
        keep = e
        yield keep
it = g()
next(it)
exc = next(it)
del it
print("generator dropped, exception kept")
del exc
print("exception dropped")
gc.collect()
print("end")
