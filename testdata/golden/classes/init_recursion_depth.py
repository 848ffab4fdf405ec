# The recursion depth reached through class calls (two levels each, as
# CPython counts the class call and the __init__ frame) and plain calls.
import sys
sys.setrecursionlimit(120)
depth = 0
class R:
    def __init__(self, n):
        global depth
        depth = n
        R(n + 1)
try:
    R(0)
except RecursionError as e:
    print("class", depth, e)
def f(n):
    global depth
    depth = n
    f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("func", depth, e)
class S:
    def __init__(self, n):
        global depth
        depth = n
        S(*(n + 1,))
try:
    S(0)
except RecursionError as e:
    print("class*", depth, e)
