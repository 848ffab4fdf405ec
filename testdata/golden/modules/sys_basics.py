# The sys module: argv, path, modules, maxsize, version_info, limits.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_basics.py"))
print(type(sys.path).__name__, len(sys.path) > 0, all(isinstance(p, str) for p in sys.path))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(type(sys.version).__name__, type(sys.implementation.name).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.byteorder, type(sys.stdout).__name__ if False else "stdout ok", sys.stdout is sys.__stdout__)
print("__main__" in sys.modules, sys.modules["__main__"].__name__)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
