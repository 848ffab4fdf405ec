# callable, all and any.
class WithCall:
    def __call__(self):
        return "called"
class Without:
    pass
print(callable(len), callable(lambda: 0), callable(WithCall), callable(WithCall()), callable(Without()))
print(callable(1), callable("s"), callable(print), callable(type), callable(Without.__init__))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, ""]), any([0, "x"]))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(5)), all("abc"), any({}))
seen = []
def check(v):
    seen.append(v)
    return v
print(all(check(v) for v in [1, 0, 1]), seen)
seen.clear()
print(any(check(v) for v in [0, 1, 0]), seen)
for call in (lambda: all(5), lambda: any(None), lambda: callable()):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
