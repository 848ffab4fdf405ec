# At exit sys.stdout gets sys.__stdout__ back before the modules go: the
# replacement dies then (its __del__ runs with everything intact), and a
# later finalizer prints through the original stream.
import sys


class Upper:
    def __init__(self, inner):
        self.inner = inner

    def write(self, s):
        return self.inner.write(s.upper())

    def flush(self):
        self.inner.flush()

    def __del__(self):
        sys.__stdout__.write("upper gone\n")


class Late:
    def __del__(self):
        print("late del")


late = Late()
sys.stdout = Upper(sys.stdout)
print("hello")
