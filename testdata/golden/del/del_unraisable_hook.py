# Exceptions that cannot propagate go to sys.unraisablehook.
import sys

def hook(u):
    print("hook:", u.exc_type.__name__, repr(u.exc_value), repr(u.err_msg),
          type(u.object).__name__, getattr(u.object, "__qualname__", None),
          u.exc_traceback is not None and u.exc_traceback.tb_frame.f_code.co_name)
sys.unraisablehook = hook

class Bad:
    def __del__(self):
        raise RuntimeError("in __del__")
Bad()
print("after Bad()")

class Empty:
    def __del__(self):
        raise ValueError
x = Empty()
x = None
print("after rebinding")

def gen_finally():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
g = gen_finally()
next(g)
del g
print("after del generator")

def gen_ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = gen_ignores()
next(g)
g = None
print("after dropping the generator")

def bad_hook(u):
    raise TypeError("the hook fails")
sys.unraisablehook = bad_hook
class Quiet:
    def __repr__(self):
        return "<Quiet>"
    def __del__(self):
        raise OSError(5, "io")
old_stderr = sys.stderr
import io
sys.stderr = io.StringIO()
Quiet()
text = sys.stderr.getvalue()
sys.stderr = old_stderr
print(text.splitlines()[0].split(" at ")[0])
print(text.splitlines()[-1])

sys.unraisablehook = sys.__unraisablehook__
class Loud:
    def __del__(self):
        1 / 0
sys.stderr = io.StringIO()
Loud()
text = sys.stderr.getvalue()
sys.stderr = old_stderr
lines = text.splitlines()
print(lines[0].split(" at 0x")[0])
print("\n".join(lines[1:]))
print(sys.unraisablehook is sys.__unraisablehook__)
try:
    sys.unraisablehook(5)
except TypeError as e:
    print(e)
print("end")
