def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print(e)
class A:
    def __repr__(self):
        return repr(self)
try:
    repr(A())
except RecursionError as e:
    print("repr", e)
print("still fine", r.__name__)
