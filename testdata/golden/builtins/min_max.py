# min and max: iterables, varargs, key, default, and errors.
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min((1, "z"), (1, "a")))
print(max(["aa", "b", "ccc"], key=len), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max([], default="empty"), min([], default=None), max([1, 5, 5, 2], key=lambda v: v % 5))
print(max(1, 2.5), min(-0.0, 0), max(True, 0), max([1], [1, 0]))
for call in (lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, "a"), lambda: max(1, 2, default=0)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
