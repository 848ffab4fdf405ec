# Immortalizing the same object again and again changes nothing: it is
# registered once and its __del__ runs once.
import sys


class D:
    def __del__(self):
        print("__del__ once")


d = D()
results = [sys._immortalize(d) for _ in range(100)]
print(results[0], sum(results), len(results))
