# An immortalized exception with its traceback (and the frames it holds)
# stays usable and is destroyed at finalization with zero leaks.
import sys


def fail(n):
    if n == 0:
        raise KeyError("deep")
    fail(n - 1)


try:
    fail(3)
except KeyError as e:
    exc = e
sys._immortalize(exc)
sys._immortalize(exc.__traceback__)
print(repr(exc), sys._is_immortal(exc.__traceback__))
depth = 0
tb = exc.__traceback__
while tb is not None:
    depth += 1
    tb = tb.tb_next
print(depth)
frame = sys._getframe()
sys._immortalize(frame)
print(frame.f_code.co_name, sys._is_immortal(frame))
try:
    raise exc
except KeyError as again:
    print(again is exc)
print("end")
