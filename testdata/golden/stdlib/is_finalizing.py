import sys, atexit
atexit.register(lambda: print("atexit", sys.is_finalizing()))
class D:
    def __del__(self): print("del", sys.is_finalizing())
d = D()
print(sys.is_finalizing())
