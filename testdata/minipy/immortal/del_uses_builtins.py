# An immortal's __del__ runs while builtins are still usable.
import sys


class B:
    def __del__(self):
        data = {"b": 2, "a": 1}
        print(sorted(data), len(data), ",".join(map(str, range(3))), repr(self.items), isinstance(self, object))


b = B()
b.items = (1, "x")
sys._immortalize(b)
