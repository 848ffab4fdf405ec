# An immortal closure: the object in its cell, mortal, is finalized at
# exit through the function's references.
import sys


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("V.__del__", self.n)


def make():
    v = V(1)

    def get():
        return v.n

    def put(n):
        nonlocal v
        v = V(n)
    return get, put


get, put = make()
sys._immortalize(get)
put(2)
print(get())
del put
print("end")
