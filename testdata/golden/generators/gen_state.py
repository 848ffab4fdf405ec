# Generator attributes and states: gi_running, gi_frame, gi_code, and
# re-entering a running generator.
def g():
    yield me.gi_running
    yield "second"
me = g()
print(me.__name__, me.__qualname__, me.gi_code.co_name)
print(me.gi_frame is not None, next(me), me.gi_running)
print(list(me), me.gi_frame)
def reenter():
    yield next(self_gen)
self_gen = reenter()
try:
    next(self_gen)
except ValueError as e:
    print(type(e).__name__, e)
def pipeline():
    nums = (n for n in range(10))
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)
print(pipeline())
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i}: {line}"
print(list(numbered(["a", "b"])))
