# The runtime's own warnings go through the warnings module: the truth of
# NotImplemented (DeprecationWarning, shown once per line in __main__),
# from every kind of truth test, and the line a __bool__'s caller is at.
a = 1
b = NotImplemented and 2
c = 3
d = NotImplemented or 4
e = 5
f = not NotImplemented
g = [x for x in (1,) if NotImplemented]
h = 1 if NotImplemented else 2
while NotImplemented:
    break
assert NotImplemented
for i in range(3):
    bool(NotImplemented)    # once: the default action's registry


class B:
    def __bool__(self):
        import sys
        print("caller line", sys._getframe(1).f_lineno)
        return True


if B():
    pass
z = B() and 1
z = B() or 1
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    bool(NotImplemented)
print([(str(x.message), x.category.__name__, x.lineno) for x in w])
warnings.simplefilter("error")
try:
    if NotImplemented:
        pass
except DeprecationWarning as e:
    print("raised", e)
warnings.simplefilter("ignore")
print(bool(NotImplemented), not NotImplemented)
