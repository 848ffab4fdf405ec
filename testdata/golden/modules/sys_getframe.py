# sys._getframe: the code, caller and line of a frame; depth errors.
import sys
def f(a):
    b = 2
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_lineno)
    print(sys._getframe(1).f_code.co_name)
f(1)
try:
    sys._getframe(99)
except ValueError as e:
    print(e)
print(sys.getswitchinterval()); sys.setswitchinterval(0.01); print(sys.getswitchinterval())
print(sys.thread_info.name, sys.getrecursionlimit.__name__)
