# sys.intern returns one canonical object per string value.
import sys
a = "".join(["hello", " ", "world"])
b = "".join(["hello", " ", "wor", "ld"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia == "hello world")
print(sys.intern("x") is sys.intern("x"))
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
try:
    sys.intern(S("sub"))
except TypeError as e:
    print(type(e).__name__, e)
