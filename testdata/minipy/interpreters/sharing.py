# What crosses between interpreters and how: copies, pickles, functions as
# code, and the errors for what cannot. Expected output: CPython 3.14's.
from concurrent import interpreters as I


class Unpicklable:
    def __repr__(self):
        return "<Unpicklable>"

    def __reduce__(self):
        raise TypeError("no pickling")


q = I.create_queue()
q.put(lambda: 1)
f = q.get()
print(f.__name__, f())
for v in (Unpicklable(), [Unpicklable()]):
    try:
        q.put(v)
    except I.NotShareableError as e:
        print(type(e).__name__, e, "| cause:", e.__cause__)
print(q.qsize())

i = I.create()
try:
    i.call(print, Unpicklable())
except I.NotShareableError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
try:
    i.call(print, 1, Unpicklable(), "x")
except I.NotShareableError as e:
    print(type(e).__name__, e)


def make_unpicklable():
    class Inner:
        def __reduce__(self):
            raise TypeError("no")
    return Inner()


try:
    i.call(make_unpicklable)
except I.NotShareableError as e:
    print(type(e).__name__, e)

# copies, not shared objects
d = {"k": [1, 2]}
r = i.call(dict, d)
r["k"].append(3)
print(d, r, r == d, r is d)
print(i.call(tuple, [1, (2, [3])]))
print(i.call(bytes, 3), i.call(float, "1.5"), i.call(str, b"x"))
print(i.call(set, "aab") == {"a", "b"})
i.close()
